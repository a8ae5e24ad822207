using Dashboard.Data.Annotations;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Filtering;

/// <summary>
/// A view whose content depends on the filter in its URL. Re-queries only when the URL changed,
/// and cancels a load that a newer one replaced (fast filter clicks never show stale data).
/// </summary>
public abstract class FilteredPage : ComponentBase, IDisposable
{
    private CancellationTokenSource? loading;
    private string? loadedFor;
    private IDisposable? figuresChanged;

    [Inject]
    protected FilterOptions FilterOptions { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IAnnotationNotifier Notifier { get; set; } = default!;

    /// <summary>
    /// Views that show figures (matrix, counts, contradictions) load again when anyone corrects a
    /// statement or gives a verdict, so every open browser shows the same numbers.
    /// </summary>
    protected virtual bool ShowsFigures => false;

    protected override void OnInitialized()
    {
        if (ShowsFigures)
        {
            figuresChanged = Notifier.Subscribe(change => change.ChangesFigures ? InvokeAsync(ReloadAsync) : Task.CompletedTask);
        }
    }

    [SupplyParameterFromQuery(Name = FilterQuery.Actor)]
    public string[]? ActorParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Program)]
    public string[]? ProgramParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Outlet)]
    public string[]? OutletParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.From)]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.To)]
    public string? ToParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Text)]
    public string? TextParameter { get; set; }

    protected DashboardFilter Filter { get; private set; } = DashboardFilter.None;

    protected FilterChoices Choices { get; private set; } = new([], [], []);

    protected IReadOnlyList<string> FilterNotes { get; private set; } = [];

    protected bool Loading { get; private set; } = true;

    /// <summary>The query string of the view's URL ("?actor=…" or ""), for links that carry the filter elsewhere.</summary>
    protected string CurrentQuery => new Uri(Navigation.Uri).Query;

    protected override async Task OnParametersSetAsync()
    {
        var key = Navigation.Uri;
        if (key == loadedFor)
        {
            return;
        }

        loadedFor = key;
        if (loading is not null)
        {
            await loading.CancelAsync();
            loading.Dispose();
        }

        loading = new CancellationTokenSource();
        var token = loading.Token;
        Loading = true;
        try
        {
            Choices = await FilterOptions.GetAsync(token);
            (Filter, FilterNotes) = FilterQuery.Parse(ActorParameter, ProgramParameter, OutletParameter, FromParameter, ToParameter, TextParameter, Choices);
            await LoadAsync(Filter, token);
            Loading = false;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer URL took over; its load will render.
        }
    }

    /// <summary>True while the view loads again for the same URL because the data behind it changed.</summary>
    protected bool Reloading { get; private set; }

    /// <summary>Loads the view again for the same URL (the data behind it changed, e.g. a correction).</summary>
    protected async Task ReloadAsync()
    {
        loadedFor = null;
        Reloading = true;
        try
        {
            await OnParametersSetAsync();
        }
        finally
        {
            Reloading = false;
        }

        StateHasChanged();
    }

    /// <summary>Loads the view's data for <paramref name="filter"/>; called once per distinct URL.</summary>
    protected abstract Task LoadAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>Releases what the view holds beyond its loads (subscriptions); called once when it goes away.</summary>
    protected virtual void OnDisposing()
    {
    }

    public void Dispose()
    {
        loading?.Cancel();
        loading?.Dispose();
        loading = null;
        figuresChanged?.Dispose();
        OnDisposing();
        GC.SuppressFinalize(this);
    }
}
