namespace Dashboard.Data.Annotations;

/// <summary>
/// Something changed on an item: every open view of that item should refresh. A
/// <c>correction</c> or <c>verdict</c> also changes corpus figures (matrix, counts), so views of those
/// refresh too, as they do for articles that arrived (<see cref="Imported"/>, from any import, a feed's included).
/// </summary>
public sealed record AnnotationChange(string TargetType, string TargetKey, int AnnotationId, string Kind)
{
    /// <summary>Articles were added to the corpus.</summary>
    public static readonly AnnotationChange Imported = new("corpus", "", 0, "import");

    /// <summary>A feed was added, removed or polled: the feeds page shows it.</summary>
    public static AnnotationChange FeedChanged(int feedId) => new("feed", feedId.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, "feed");

    /// <summary>True when the change alters what the matrix, contradictions or overview compute.</summary>
    public bool ChangesFigures => Kind is "correction" or "verdict" or "import";
}

/// <summary>
/// Tells every open view that annotations changed. One process: <see cref="InProcessAnnotationNotifier"/>;
/// several app instances replace it with one that relays through the shared database.
/// </summary>
public interface IAnnotationNotifier
{
    void Publish(AnnotationChange change);

    /// <summary>Calls <paramref name="handler"/> for every change until the returned subscription is disposed.</summary>
    IDisposable Subscribe(Func<AnnotationChange, Task> handler);
}

public sealed class InProcessAnnotationNotifier : IAnnotationNotifier
{
    private readonly Lock gate = new();
    private readonly List<Func<AnnotationChange, Task>> handlers = [];

    public void Publish(AnnotationChange change)
    {
        Func<AnnotationChange, Task>[] current;
        lock (gate)
        {
            current = [.. handlers];
        }

        foreach (var handler in current)
        {
            // Each view marshals onto its own renderer; one slow view must not hold up the others.
            _ = Task.Run(() => handler(change));
        }
    }

    public IDisposable Subscribe(Func<AnnotationChange, Task> handler)
    {
        lock (gate)
        {
            handlers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    private sealed class Subscription(InProcessAnnotationNotifier owner, Func<AnnotationChange, Task> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.handlers.Remove(handler);
            }
        }
    }
}
