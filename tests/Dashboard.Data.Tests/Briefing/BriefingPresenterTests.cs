using Dashboard.Data.Annotations;
using Dashboard.Data.Briefing;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Briefing;

/// <summary>One presenter at a time for the team's briefing, on the suite's database.</summary>
public sealed class BriefingPresenterTests
{
    private const int Deck = 7;

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task One_person_presents_at_a_time_only_they_move_the_slide_and_everyone_is_told()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var presenter = database.Get<BriefingPresenter>();
        var told = new List<string>();
        using var subscription = database.Get<IAnnotationNotifier>().Subscribe(c =>
        {
            lock (told)
            {
                told.Add($"{c.TargetType}:{c.TargetKey}");
            }

            return Task.CompletedTask;
        });

        Assert.Null(await presenter.StartAsync("Ana", Deck, 1));
        Assert.Equal("Ana", await presenter.StartAsync("Bo", Deck, 1)); // the second is told who presents
        await presenter.MoveAsync("Bo", Deck, 3); // not the presenter: ignored
        await presenter.MoveAsync("Ana", Deck, 2);
        var during = await presenter.CurrentAsync();
        await presenter.StopAsync("Bo"); // not theirs to stop
        var stillThere = await presenter.CurrentAsync();
        await presenter.StopAsync("Ana");

        Assert.Equal(("Ana", Deck, 2), (during!.Who, during.Deck, during.Slide));
        Assert.NotNull(stillThere);
        Assert.Null(await presenter.CurrentAsync());
        Assert.Null(await presenter.StartAsync("Bo", Deck, 1)); // free again
        // The in-process notifier tells each view on a task of its own, so the order may vary; the views read the state anew.
        for (var wait = 0; wait < 50 && Count() < 4; wait++)
        {
            await Task.Delay(100);
        }

        lock (told)
        {
            Assert.Equal(["briefing-presenter:0", "briefing-presenter:1", "briefing-presenter:1", "briefing-presenter:2"], told.Order(StringComparer.Ordinal));
        }

        int Count()
        {
            lock (told)
            {
                return told.Count;
            }
        }
    }

    [Fact]
    public async Task A_session_whose_presenter_went_away_lapses()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var clock = new Clock(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        var presenter = new BriefingPresenter(database.Get<IDbContextFactory<DashboardDbContext>>(), database.Get<IAnnotationNotifier>(), clock);
        Assert.Null(await presenter.StartAsync("Ana", Deck, 1));
        clock.Now += BriefingPresenter.Lapse - TimeSpan.FromMinutes(10);
        await presenter.MoveAsync("Ana", Deck, 2); // a long meeting, still moving: still presenting
        clock.Now += TimeSpan.FromMinutes(20);
        Assert.Equal("Ana", (await presenter.CurrentAsync())?.Who);

        clock.Now += BriefingPresenter.Lapse;

        Assert.Null(await presenter.CurrentAsync());
        Assert.Null(await presenter.StartAsync("Bo", Deck, 4));
        Assert.Equal(("Bo", 4), ((await presenter.CurrentAsync())!.Who, (await presenter.CurrentAsync())!.Slide));
    }

    [Fact]
    public async Task Two_people_starting_at_once_leave_one_presenter_and_tell_the_other_who()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var presenter = database.Get<BriefingPresenter>();

        var answers = await Task.WhenAll(presenter.StartAsync("Ana", Deck, 1), presenter.StartAsync("Bo", Deck, 1));

        var current = await presenter.CurrentAsync();
        Assert.Single(answers, a => a is null);
        Assert.Equal(current!.Who, answers.Single(a => a is not null)); // the one refused is told who won
    }
}
