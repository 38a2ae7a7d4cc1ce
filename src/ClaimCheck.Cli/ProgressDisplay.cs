using System.Globalization;
using ClaimCheck.Core;
using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// Progress on standard error for a run that takes over a second (contract section 2): the stage, its count and a bar,
/// drawn by Spectre.Console's live progress display and cleared when the run ends, so what stays on the screen is
/// what the tool printed. Only on a terminal (<see cref="Session.Progress"/>): a redirected stream never gets it.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>How long a run goes before its progress is shown.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Runs <paramref name="work"/>, showing its progress once it has taken <see cref="Delay"/>. The work runs on a
    /// worker thread while this one draws; it prints nothing itself, so nothing it writes can cross the display.
    /// </summary>
    /// <param name="session">The streams: progress only where <see cref="Session.Progress"/>.</param>
    /// <param name="work">The run, told its stages and counts.</param>
    /// <param name="show">False where a display would cross other output on the same screen (a report printed to a terminal).</param>
    public static T Run<T>(Session session, Func<RunProgress?, T> work, bool show = true)
    {
        if (!show || !session.Progress) return work(null);
        var progress = new RunProgress();
        var running = Task.Run(() => work(progress));
        if (!Finished(running, Delay)) Show(session, progress, running);
        return running.GetAwaiter().GetResult();
    }

    private static void Update(ProgressTask task, string stage, int done, int total)
    {
        task.Value = done;
        // The stage names and counts are the tool's own words; escaped all the same, as the description is markup.
        task.Description = Markup.Escape(total > 0 ? string.Create(CultureInfo.InvariantCulture, $"{stage} {done:#,0} of {total:#,0}") : stage);
    }

    /// <summary>Waits up to <paramref name="time"/> for <paramref name="task"/>; a failure is not thrown here but by its caller's result.</summary>
    private static bool Finished(Task task, TimeSpan time) => ((IAsyncResult)task).AsyncWaitHandle.WaitOne(time);

    private static void Show(Session session, RunProgress progress, Task running)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = session.Error.Colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(session.RawError),
        });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask? task = null;
                var (stage, stageTotal) = ("", 0);
                do
                {
                    var (name, done, total) = progress.Now;
                    if (task is null || name != stage)
                    {
                        // The stage before is over: shown whole, so the screen never says it stopped short.
                        if (task is not null) Update(task, stage, stageTotal, stageTotal);
                        task = context.AddTask(Markup.Escape(name), maxValue: Math.Max(1, total));
                        task.IsIndeterminate = total == 0;
                        (stage, stageTotal) = (name, total);
                    }

                    Update(task, name, done, total);
                }
                while (!Finished(running, Refresh));
            });
    }
}
