using System.Collections.Immutable;
using ClaimCheck.Core;
using ClaimCheck.Loading;

namespace ClaimCheck;

/// <summary>The claim files and registries read from a set of paths, with every problem found in them.</summary>
public sealed class Corpus
{
    internal Corpus(ClaimCorpus inner) => Inner = inner;

    internal ClaimCorpus Inner { get; }

    /// <summary>Every source (article), ordered by id.</summary>
    public ImmutableArray<Source> Sources => Inner.Sources;

    /// <summary>Every claim, in file order, files ordered by path.</summary>
    public ImmutableArray<Claim> Claims => Inner.Claims;

    /// <summary>Every diagnostic, ordered by file, line, column and code.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Inner.Diagnostics;

    /// <summary>How many subjects the registries describe.</summary>
    internal int RegistrySubjects => Inner.Registry.Subjects.Count;

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Inner.HasErrors;
}
