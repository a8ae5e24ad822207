using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Dashboard.Data.Annotations;

/// <summary>
/// Annotation changes for several app instances on one PostgreSQL database: a change is told to
/// this instance's views at once and sent to the others with <c>NOTIFY</c>; a background
/// connection <c>LISTEN</c>s for theirs. The listener reconnects with growing pauses when the
/// server goes away, so a restarted database server does not end live updates.
/// </summary>
public sealed partial class PostgresAnnotationNotifier(DatabaseLocation location, ILogger<PostgresAnnotationNotifier> logger) : BackgroundService, IAnnotationNotifier
{
    public const string Channel = "dashboard_annotations";
    private readonly InProcessAnnotationNotifier local = new();
    private readonly string instance = Guid.NewGuid().ToString("N");

    /// <summary>Set once the listener is connected; tests and the log use it.</summary>
    public bool Listening { get; private set; }

    public void Publish(AnnotationChange change)
    {
        local.Publish(change);
        _ = SendAsync(change);
    }

    public IDisposable Subscribe(Func<AnnotationChange, Task> handler) => local.Subscribe(handler);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = RetryPause.First;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenerConnectionString());
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Listening = true;
                pause = RetryPause.First;
                LogListening(logger, location.Description);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                Listening = false;
                LogListenerLost(logger, ex.Message, pause.TotalSeconds);
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                pause = RetryPause.After(pause);
            }
        }

        Listening = false;
    }

    private void Receive(string payload)
    {
        Message? message;
        try
        {
            message = JsonSerializer.Deserialize<Message>(payload);
        }
        catch (JsonException)
        {
            return; // not ours
        }

        if (message is null || message.Instance == instance || message.Change is null)
        {
            return; // this instance's own change reached its views already
        }

        local.Publish(message.Change);
    }

    private async Task SendAsync(AnnotationChange change)
    {
        try
        {
            await using var connection = new NpgsqlConnection(location.ConnectionString);
            await connection.OpenAsync();
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", JsonSerializer.Serialize(new Message(instance, change)));
            await notify.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
        {
            // The change is stored; other instances' views show it at their next refresh.
            LogSendFailed(logger, ex.Message);
        }
    }

    /// <summary>The listener holds one connection for good: outside the pool, with keep-alives so a dead server is noticed.</summary>
    private string ListenerConnectionString() =>
        new NpgsqlConnectionStringBuilder(location.ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;

    private sealed record Message(string Instance, AnnotationChange? Change);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for annotation changes from other instances on the {Database}")]
    private static partial void LogListening(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears other instances' annotation changes ({Reason}); reconnecting in {Seconds} s")]
    private static partial void LogListenerLost(ILogger logger, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other instances about an annotation change ({Reason}); they show it at their next refresh")]
    private static partial void LogSendFailed(ILogger logger, string reason);
}
