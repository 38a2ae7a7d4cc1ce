namespace ClaimCheck.Core;

/// <summary>
/// What a run is doing now, for whoever shows progress (the command line, on a terminal): the stage and how many of
/// its items are done. The pipeline writes it from its worker threads; a reader on another thread takes
/// <see cref="Now"/> when it likes. It changes nothing the run computes.
/// </summary>
internal sealed class RunProgress
{
    private Stage current = new("starting", 0);
    private int done;

    /// <summary>Starts a stage of <paramref name="total"/> items (0: a stage that is not counted).</summary>
    public void Begin(string stage, int total)
    {
        Interlocked.Exchange(ref done, 0);
        Volatile.Write(ref current, new Stage(stage, total));
    }

    /// <summary>Counts <paramref name="items"/> more items of the stage as done.</summary>
    public void Advance(int items = 1) => Interlocked.Add(ref done, items);

    /// <summary>The stage now, its items done (at most its total) and its total.</summary>
    public (string Stage, int Done, int Total) Now
    {
        get
        {
            var stage = Volatile.Read(ref current);
            var count = Volatile.Read(ref done);
            return (stage.Name, stage.Total > 0 ? Math.Min(count, stage.Total) : count, stage.Total);
        }
    }

    private sealed record Stage(string Name, int Total);
}
