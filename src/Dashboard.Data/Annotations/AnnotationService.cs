using Dashboard.Data.Analysis;
using Dashboard.Data.Audit;
using Dashboard.Data.Corrections;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Annotations;

public sealed record AnnotationView(int Id, string Kind, string TargetType, string TargetKey, string Body, string? Verdict, string Author, DateTime CreatedAt, DateTime UpdatedAt, int Version)
{
    /// <summary>For a note on a passage, where it belongs.</summary>
    public SpanAnchor? Anchor { get; init; }

    /// <summary>Who changed it last, when someone did after its author wrote it.</summary>
    public string? EditedBy { get; init; }

    /// <summary>The annotation in one line for lists and handouts: "verdict: confirmed", "tag: budget", "correction: stance on Artemis: refusing", or the note.</summary>
    public string Summary => Kind switch
    {
        "verdict" => $"verdict: {Verdict}",
        "tag" => $"tag: {Body}",
        "correction" when TargetType == "document" => $"correction: {DocumentCorrection.DescribeBody(Body)}",
        "correction" => $"correction: {Correction.DescribeBody(Body)}",
        _ => Body,
    };
}

/// <summary>A save that lost a race: the other person's version, and the one that was not saved.</summary>
public sealed record AnnotationConflict(AnnotationView Current, string YourBody, string? YourVerdict);

public sealed record AnnotationResult(AnnotationView? Saved, AnnotationConflict? Conflict, string? Error)
{
    public bool Ok => Saved is not null;

    /// <summary>Saved, but not quite as asked: what the person should know (the item had changed a moment before).</summary>
    public string? Notice { get; init; }
}

/// <summary>
/// Adds, edits and deletes annotations with their history, detects concurrent edits (optimistic
/// versioning) and tells open views through <see cref="IAnnotationNotifier"/>. A correction is
/// saved and laid over its item in one transaction, before anyone is told, so every view that
/// refreshes shows it.
/// </summary>
public sealed class AnnotationService(IDbContextFactory<DashboardDbContext> contextFactory, AnalysisStore analysis, IAnnotationNotifier notifier, AuditLog audit, TimeProvider clock)
{
    public const int MaxBodyLength = 10_000;
    public const int MaxAuthorLength = 100;
    public const int MaxTagLength = 60;

    private static readonly string[] Kinds = ["note", "tag", "verdict", "correction"];
    private static readonly string[] Targets = ["document", "span", "statement", "contradiction", "cell", "cluster"];
    private static readonly string[] Verdicts = ["confirmed", "dismissed"];

    /// <summary>How long a note or verdict on a finding waits for a change of the corpus results to finish (PostgreSQL).</summary>
    private static readonly TimeSpan CorpusWait = TimeSpan.FromSeconds(5);

    public async Task<AnnotationResult> AddAsync(string kind, string targetType, string targetKey, string body, string? verdict, string author, CancellationToken cancellationToken = default) =>
        await AddAsync(kind, targetType, targetKey, body, verdict, author, null, cancellationToken);

    /// <summary>A note on a passage of the document with content hash <paramref name="documentHash"/>.</summary>
    public async Task<AnnotationResult> AddSpanNoteAsync(string documentHash, SpanAnchor anchor, string body, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.Exact.Length is 0 or > SpanAnchor.MaxExactLength || anchor.Prefix.Length > SpanAnchor.ContextLength || anchor.Suffix.Length > SpanAnchor.ContextLength)
        {
            return new AnnotationResult(null, null, $"Select between 1 and {SpanAnchor.MaxExactLength:N0} characters of the article to annotate.");
        }

        return await AddAsync("note", "span", documentHash, body, null, author, anchor, cancellationToken);
    }

    private async Task<AnnotationResult> AddAsync(string kind, string targetType, string targetKey, string body, string? verdict, string author, SpanAnchor? anchor, CancellationToken cancellationToken)
    {
        if (Validate(kind, targetType, targetKey, body, verdict, author) is { } error)
        {
            return new AnnotationResult(null, null, error);
        }

        if ((targetType == "span") != (anchor is not null))
        {
            return new AnnotationResult(null, null, "A note on a passage needs the passage.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var annotation = new Annotation
        {
            Kind = kind, TargetType = targetType, TargetKey = targetKey, Body = body.Trim(), Verdict = verdict, Author = author.Trim(), CreatedAt = now, UpdatedAt = now,
            Anchor = anchor?.ToJson(),
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // A finding's key moves when a change merges or re-keys it (FollowedItems); one shown before such a
        // change is looked up and saved under the corpus lock, so no update moves keys in between.
        IDbContextTransaction? transaction = null;
        try
        {
            transaction = kind == StoredCorrections.Kind ? await CorpusLock.BeginAsync(db, cancellationToken)
                : targetType == "contradiction" ? await CorpusLock.BeginAsync(db, cancellationToken, CorpusWait)
                : null;
        }
        catch (Exception ex) when (DatabaseErrors.IsLockTimeout(ex))
        {
            return new AnnotationResult(null, null, "The findings are being brought up to date (an import or a re-analysis is finishing), so nothing was saved. Try again in a moment.");
        }
        catch (Exception ex) when (Busy(ex))
        {
            // SQLite: another writer held the file past the connection's wait before anything was written.
            return BusyRefusal(kind);
        }

        await using var finish = transaction;
        string? notice = null;
        if (targetType == "contradiction" && await FollowedItems.SuccessorAsync(db, targetType, targetKey, cancellationToken) is { } successor)
        {
            annotation.TargetKey = successor;
            notice = $"The finding had just changed (an import or correction merged it with another): your {kind} is on the finding that holds its statements now.";
        }

        if (kind == "tag" && await LiveTagAsync(db, targetType, annotation.TargetKey, annotation.Body, cancellationToken) is { } same)
        {
            return new AnnotationResult(null, null, $"“{same.Body}” is already a tag here (added by {same.EditedBy ?? same.Author}).");
        }

        db.Annotations.Add(annotation);
        bool placed;
        try
        {
            placed = await SaveChangeAsync(db, transaction, annotation, "added", annotation.Author, cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Someone else's verdict or the same tag was saved a moment before (another browser, another server).
            if (transaction is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            return await RefusedAsDuplicateAsync(annotation, verdict, cancellationToken);
        }
        catch (Exception ex) when (Busy(ex))
        {
            return BusyRefusal(kind);
        }

        return new AnnotationResult(ToView(annotation), null, null)
        {
            Notice = notice ?? (placed ? null : Unplaced(annotation.TargetType)),
        };
    }

    /// <summary>A tag of the item worded the same, whatever the case ("Budget" and "budget" are one tag).</summary>
    private static async Task<Annotation?> LiveTagAsync(DashboardDbContext db, string targetType, string targetKey, string body, CancellationToken cancellationToken) =>
        (await db.Annotations.AsNoTracking().Where(a => a.Kind == "tag" && !a.Deleted && a.TargetType == targetType && a.TargetKey == targetKey).ToListAsync(cancellationToken))
            .FirstOrDefault(a => string.Equals(a.Body, body, StringComparison.OrdinalIgnoreCase));

    /// <summary>What the second of two simultaneous additions gets: the verdict now in place as a conflict, or the tag already there as an error.</summary>
    private async Task<AnnotationResult> RefusedAsDuplicateAsync(Annotation refused, string? verdict, CancellationToken cancellationToken)
    {
        await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (refused.Kind == "verdict"
            && await fresh.Annotations.AsNoTracking().SingleOrDefaultAsync(a => a.Kind == "verdict" && !a.Deleted && a.TargetType == refused.TargetType && a.TargetKey == refused.TargetKey, cancellationToken) is { } current)
        {
            return new AnnotationResult(null, new AnnotationConflict(ToView(current), refused.Body, verdict), null);
        }

        var tag = await LiveTagAsync(fresh, refused.TargetType, refused.TargetKey, refused.Body, cancellationToken);
        return new AnnotationResult(null, null, tag is null ? "Someone saved the same item a moment ago; reload to see it." : $"“{tag.Body}” is already a tag here (added by {tag.EditedBy ?? tag.Author}).");
    }

    /// <summary>Gives an item a verdict: edits the one it has (as shown, <paramref name="current"/>) or adds its first.</summary>
    public Task<AnnotationResult> SetVerdictAsync(string targetType, string targetKey, AnnotationView? current, string verdict, string author, CancellationToken cancellationToken = default) =>
        current is null
            ? AddAsync("verdict", targetType, targetKey, "", verdict, author, cancellationToken)
            : UpdateAsync(current.Id, current.Version, current.Body, verdict, author, cancellationToken);

    /// <summary>
    /// The undo of a verdict: the one the item had before back (none: the verdict is deleted and the item is open again),
    /// only while the verdict is still <paramref name="given"/>, the version the undoing person saved: someone else's
    /// verdict since then is theirs to keep (a conflict).
    /// </summary>
    public async Task<AnnotationResult> RestoreVerdictAsync(AnnotationView given, string? previous, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(given);
        return previous is null
            ? await DeleteAsync(given.Id, given.Version, author, cancellationToken)
            : await UpdateAsync(given.Id, given.Version, given.Body, previous, author, cancellationToken);
    }

    /// <summary>Saves an edit made on <paramref name="basedOnVersion"/>; if someone saved in between, nothing is overwritten and both versions come back.</summary>
    public async Task<AnnotationResult> UpdateAsync(int id, int basedOnVersion, string body, string? verdict, string author, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id && !a.Deleted, cancellationToken);
        if (annotation is null)
        {
            return new AnnotationResult(null, null, "This annotation no longer exists (it was deleted).");
        }

        if (Validate(annotation.Kind, annotation.TargetType, annotation.TargetKey, body, verdict, author) is { } error)
        {
            return new AnnotationResult(null, null, error);
        }

        if (annotation.Version != basedOnVersion)
        {
            return new AnnotationResult(null, new AnnotationConflict(ToView(annotation), body, verdict), null);
        }

        IDbContextTransaction? transaction;
        try
        {
            transaction = await CorrectionLockAsync(db, annotation, cancellationToken);
        }
        catch (Exception ex) when (Busy(ex))
        {
            return BusyRefusal(annotation.Kind);
        }

        await using var locked = transaction;
        Remember(db, annotation);
        annotation.Body = body.Trim();
        annotation.Verdict = verdict;
        annotation.EditedBy = author.Trim();
        annotation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        annotation.Version++;
        try
        {
            await SaveChangeAsync(db, transaction, annotation, "edited", author.Trim(), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AnnotationResult(null, new AnnotationConflict(ToView(await CurrentAsync(id, cancellationToken)), body, verdict), null);
        }
        catch (Exception ex) when (Busy(ex))
        {
            return BusyRefusal(annotation.Kind);
        }

        return new AnnotationResult(ToView(annotation), null, null);
    }

    /// <summary>
    /// Marks the annotation deleted (a correction undone); its history (and the deleted state) stays. Refused with
    /// the reason when someone deleted it a moment before, or when the database is busy.
    /// </summary>
    public Task<AnnotationResult> DeleteAsync(int id, string author, CancellationToken cancellationToken = default) =>
        DeleteAsync(id, null, author, cancellationToken);

    /// <summary>As <see cref="DeleteAsync(int, string, CancellationToken)"/>, only if nobody changed it since <paramref name="basedOnVersion"/>: a conflict otherwise.</summary>
    public Task<AnnotationResult> DeleteAsync(int id, int basedOnVersion, string author, CancellationToken cancellationToken = default) =>
        DeleteAsync(id, (int?)basedOnVersion, author, cancellationToken);

    private async Task<AnnotationResult> DeleteAsync(int id, int? basedOnVersion, string author, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null || annotation.Deleted)
        {
            return new AnnotationResult(null, null, AlreadyGone(annotation?.Kind));
        }

        if (basedOnVersion is { } version && annotation.Version != version)
        {
            return new AnnotationResult(null, new AnnotationConflict(ToView(annotation), annotation.Body, annotation.Verdict), null);
        }

        try
        {
            await using var transaction = await CorrectionLockAsync(db, annotation, cancellationToken);
            Remember(db, annotation);
            annotation.Deleted = true;
            annotation.EditedBy = string.IsNullOrWhiteSpace(author) ? annotation.EditedBy : author.Trim();
            annotation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            annotation.Version++;
            await SaveChangeAsync(db, transaction, annotation, "deleted", string.IsNullOrWhiteSpace(author) ? annotation.Author : author.Trim(), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved a new version between the read and the write (the version is the row's concurrency token).
            var current = await CurrentAsync(id, cancellationToken);
            return current.Deleted ? new AnnotationResult(null, null, AlreadyGone(current.Kind)) : new AnnotationResult(null, new AnnotationConflict(ToView(current), current.Body, current.Verdict), null);
        }
        catch (Exception ex) when (Busy(ex))
        {
            return BusyRefusal(annotation.Kind, undo: true);
        }

        return new AnnotationResult(ToView(annotation), null, null);
    }

    private static string AlreadyGone(string? kind) => kind switch
    {
        StoredCorrections.Kind => "This correction was already undone.",
        "note" => "This note was already deleted.",
        "tag" => "This tag was already removed.",
        _ => "This was already deleted.",
    };

    public async Task<IReadOnlyList<AnnotationView>> ForTargetsAsync(string targetType, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Annotations.AsNoTracking()
            .Where(a => !a.Deleted && a.TargetType == targetType && keys.Contains(a.TargetKey))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(ToView).ToList();
    }

    /// <summary>The newest <see cref="ListLimit"/> annotations for the filters, for the page.</summary>
    public async Task<IReadOnlyList<AnnotationView>> ListAsync(string? kind, string? author, string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await Filtered(db, kind, author, text).Take(ListLimit).ToListAsync(cancellationToken)).Select(ToView).ToList();
    }

    /// <summary>Every annotation for the filters, newest first, read as it is written out (an export of any size).</summary>
    public async IAsyncEnumerable<AnnotationView> StreamAsync(string? kind, string? author, string? text, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var annotation in Filtered(db, kind, author, text).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ToView(annotation);
        }
    }

    /// <summary>How many annotations the page lists at most (the export has them all).</summary>
    public const int ListLimit = 5000;

    private static IQueryable<Annotation> Filtered(DashboardDbContext db, string? kind, string? author, string? text)
    {
        var query = db.Annotations.AsNoTracking().Where(a => !a.Deleted);
        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(author))
        {
            query = query.Where(a => a.Author == author);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = LikePattern.Containing(text);
            // Notes are few: a substring search, ignoring case on both databases (PostgreSQL's LIKE would not).
            query = db.Database.IsNpgsql()
                ? query.Where(a => EF.Functions.ILike(a.Body, pattern, LikePattern.EscapeCharacter))
                : query.Where(a => EF.Functions.Like(a.Body, pattern, LikePattern.EscapeCharacter));
        }

        return query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id);
    }

    public async Task<int> RevisionCountAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AnnotationRevisions.CountAsync(r => r.AnnotationId == id, cancellationToken);
    }

    /// <summary>
    /// Saves the annotation's change with its audit entry and, for a correction, lays it over its item in the
    /// same transaction (<paramref name="transaction"/>, under the corpus lock): a correction that could not be
    /// applied is not saved either, rather than listed but without effect. Then tells open views. False when a
    /// correction found no item to lie on (it is kept).
    /// </summary>
    private async Task<bool> SaveChangeAsync(DashboardDbContext db, IDbContextTransaction? transaction, Annotation annotation, string verb, string who, CancellationToken cancellationToken)
    {
        audit.Add(db, who, $"{annotation.Kind} {verb}", $"{annotation.TargetType} {annotation.TargetKey}", annotation.Verdict ?? annotation.Body);
        await db.SaveChangesAsync(cancellationToken);
        var placed = annotation.Kind != StoredCorrections.Kind
            || (annotation.TargetType == "document"
                ? await analysis.ReapplyDocumentCorrectionsAsync(db, annotation.TargetKey, cancellationToken)
                : await analysis.ReapplyCorrectionsAsync(db, annotation.TargetKey, cancellationToken));
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        notifier.Publish(new AnnotationChange(annotation.TargetType, annotation.TargetKey, annotation.Id, annotation.Kind));
        return placed;
    }

    /// <summary>The corpus lock a change of a correction is saved and applied under (<see cref="SaveChangeAsync"/>); none for other annotations.</summary>
    private static async Task<IDbContextTransaction?> CorrectionLockAsync(DashboardDbContext db, Annotation annotation, CancellationToken cancellationToken) =>
        annotation.Kind == StoredCorrections.Kind ? await CorpusLock.BeginAsync(db, cancellationToken) : null;

    /// <summary>The database was busy or unreachable beyond its wait (a long import holding the write lock, a server restarting).</summary>
    private static bool Busy(Exception exception) => DatabaseErrors.IsUnavailable(exception) || DatabaseErrors.IsWriteConflict(exception);

    /// <summary>The annotation as saved now, read apart from a change that met someone else's.</summary>
    private async Task<Annotation> CurrentAsync(int id, CancellationToken cancellationToken)
    {
        await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await fresh.Annotations.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>Nothing was written: the database was busy (<see cref="Busy"/>). A correction says it was not applied either.</summary>
    private static AnnotationResult BusyRefusal(string kind, bool undo = false) =>
        new(null, null, kind != StoredCorrections.Kind ? NothingSaved : undo ? UndoNotApplied : NotApplied);

    private const string NotApplied = "The database is busy (an import or a re-analysis is writing), so the correction was neither saved nor applied. Try again in a moment.";

    private const string UndoNotApplied = "The database is busy (an import or a re-analysis is writing), so the correction was not undone. Try again in a moment.";

    private const string NothingSaved = "The database is busy (an import or a re-analysis is writing), so nothing was saved. Try again in a moment.";

    private static string Unplaced(string targetType) => targetType == "document"
        ? "The document is not in the corpus now (it was deleted a moment ago). The correction is kept and applies when the document is restored."
        : "The statement is no longer in the analysis (a re-analysis or a deletion replaced it a moment ago). The correction is kept, listed with annotations whose item is gone, and applies again if the statement comes back.";

    /// <summary>Keeps the version being replaced, with who made that version (its author, or its last editor).</summary>
    private void Remember(DashboardDbContext db, Annotation annotation) =>
        db.AnnotationRevisions.Add(new AnnotationRevision
        {
            AnnotationId = annotation.Id, Version = annotation.Version, Body = annotation.Body, Verdict = annotation.Verdict, Deleted = annotation.Deleted,
            Author = annotation.EditedBy ?? annotation.Author, At = clock.GetUtcNow().UtcDateTime,
        });

    private string? Validate(string kind, string targetType, string targetKey, string body, string? verdict, string author)
    {
        var today = DocumentCorrection.LatestDate(clock);
        if (!Kinds.Contains(kind))
        {
            return $"Unknown kind of annotation “{kind}”.";
        }

        if (!Targets.Contains(targetType) || string.IsNullOrWhiteSpace(targetKey) || targetKey.Length > 400)
        {
            return "The item to annotate is not known.";
        }

        if (string.IsNullOrWhiteSpace(author) || author.Trim().Length > MaxAuthorLength)
        {
            return $"Give your name (1 to {MaxAuthorLength} characters) so colleagues know who wrote this.";
        }

        if (kind == "verdict" ? verdict is null || !Verdicts.Contains(verdict) : verdict is not null)
        {
            return "A verdict is either confirmed or dismissed.";
        }

        if (kind == StoredCorrections.Kind)
        {
            var wrong = targetType switch
            {
                "statement" => Correction.TryParse(body, out _, out var error) ? null : error,
                "document" => DocumentCorrection.TryParse(body, out _, out var error, today) ? null : error,
                _ => "Corrections are made on statements and documents.",
            };
            if (wrong is not null)
            {
                return wrong;
            }
        }

        if (kind == "tag" && (body.Trim().Length > MaxTagLength || body.Contains('\n', StringComparison.Ordinal)))
        {
            return $"A tag is one line of at most {MaxTagLength} characters.";
        }

        if (kind != "verdict" && string.IsNullOrWhiteSpace(body))
        {
            return "The note is empty.";
        }

        return body.Length > MaxBodyLength ? $"The note is {body.Length:N0} characters long; the limit is {MaxBodyLength:N0}." : null;
    }

    private static AnnotationView ToView(Annotation a) =>
        new(a.Id, a.Kind, a.TargetType, a.TargetKey, a.Body, a.Verdict, a.Author, a.CreatedAt, a.UpdatedAt, a.Version) { Anchor = SpanAnchor.FromJson(a.Anchor), EditedBy = a.EditedBy };
}
