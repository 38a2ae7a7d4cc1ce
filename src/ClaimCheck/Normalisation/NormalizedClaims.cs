using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Normalisation;

/// <summary>The claims of a corpus as the engine reads them, with every problem met on the way.</summary>
/// <param name="Claims">One checked claim per claim of the corpus, in the corpus's order.</param>
/// <param name="Diagnostics">Normalisation problems (CC03xx), ordered by file, line, column, code.</param>
internal sealed record NormalizedClaims(ImmutableArray<CheckedClaim> Claims, ImmutableArray<Diagnostic> Diagnostics);
