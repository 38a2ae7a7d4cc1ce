using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

/// <summary>
/// Samples the runtime's AllocationTick events (one per ~100 KB allocated) by type, so a stage's
/// allocations can be attributed without a profiler. Counts are samples, not exact bytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytes = new(StringComparer.Ordinal);

    public bool Enabled { get; set; }

    public IEnumerable<KeyValuePair<string, long>> Top(int count) => bytes.OrderByDescending(kv => kv.Value).Take(count);

    public void Clear() => bytes.Clear();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick is verbose
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Enabled || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
    }
}
