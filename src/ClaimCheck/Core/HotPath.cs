using System.Runtime.CompilerServices;

namespace ClaimCheck.Core;

/// <summary>
/// Marks a method that runs once per claim, vote or item over a whole corpus, written as
/// <c>[MethodImpl(HotPath.Optimize)]</c>: it is compiled optimized on its first call instead of starting in the
/// unoptimized tier. In a large run the tier-up of such methods waited while other methods were still being compiled,
/// so they ran unoptimized for much of a stage (docs/performance.md, "Fifth session"); a small run pays a few
/// milliseconds of compilation for them.
/// </summary>
internal static class HotPath
{
    public const MethodImplOptions Optimize = MethodImplOptions.AggressiveOptimization;
}
