using System.Runtime.CompilerServices;
using ClaimCheck.Core;

namespace ClaimCheck.Reporting;

/// <summary><see cref="Claim.Ref"/> without its string: Ref concatenates a new one on every call.</summary>
internal static class ClaimRefs
{
    /// <summary>Room for the refs of ordinary ids; a longer one falls back to <see cref="Claim.Ref"/>.</summary>
    public const int MaxStackLength = 256;

    /// <summary>Writes <c>SOURCE-ID/CLAIM-ID</c> into <paramref name="destination"/>; false when it does not fit.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool TryWrite(Claim claim, Span<char> destination, out int length)
    {
        length = claim.SourceId.Length + 1 + claim.Id.Length;
        if (length > destination.Length) return false;
        claim.SourceId.CopyTo(destination);
        destination[claim.SourceId.Length] = '/';
        claim.Id.CopyTo(destination[(claim.SourceId.Length + 1)..]);
        return true;
    }
}
