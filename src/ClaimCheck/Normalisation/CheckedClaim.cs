using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Normalisation;

/// <summary>A claim after reading: its subject resolved, its value and period understood.</summary>
/// <param name="Claim">The claim as written.</param>
/// <param name="SubjectKey">The canonical subject key after alias resolution.</param>
/// <param name="Quantity">The value read as a quantity, when it is one.</param>
/// <param name="Category">The value as a category (after <c>same</c> synonyms), when it is one.</param>
/// <param name="Comparison">The comparison, when the claim compares.</param>
/// <param name="Period">The period, resolved against the source's publication date.</param>
internal sealed record CheckedClaim(
    Claim Claim,
    string SubjectKey,
    Quantity? Quantity,
    string? Category,
    Comparison? Comparison,
    Period Period);
