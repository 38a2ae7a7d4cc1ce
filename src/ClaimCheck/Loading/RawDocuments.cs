using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>A text value as written, with where it starts.</summary>
internal sealed record RawScalar(string Text, SourcePosition Position);

/// <summary>A <c>source</c> mapping before validation.</summary>
internal sealed class RawSource(SourcePosition position)
{
    public SourcePosition Position { get; } = position;
    public RawScalar? Id { get; set; }
    public RawScalar? Title { get; set; }
    public RawScalar? Outlet { get; set; }
    public RawScalar? Url { get; set; }
    public RawScalar? Published { get; set; }
}

/// <summary>One entry of <c>claims</c> before validation.</summary>
internal sealed class RawClaim(SourcePosition position)
{
    public SourcePosition Position { get; } = position;
    public RawScalar? Id { get; set; }
    public RawScalar? Subject { get; set; }
    public RawScalar? Value { get; set; }
    public RawScalar? Compare { get; set; }
    public RawScalar? Period { get; set; }
    public RawScalar? Status { get; set; }
    public RawScalar? Quote { get; set; }
    public RawScalar? Note { get; set; }
    public RawScalar? AttributedTo { get; set; }

    /// <summary>Set by validation: a claim with an error of its own is reported and left out.</summary>
    public bool IsValid { get; set; } = true;
}

/// <summary>A claim file before validation.</summary>
internal sealed class RawClaimFile(string file, SourcePosition position)
{
    public string File { get; } = file;
    public SourcePosition Position { get; } = position;
    public RawSource? Source { get; set; }
    public List<RawClaim> Claims { get; } = [];
}

/// <summary>A pair from a <c>within</c> or <c>same</c> mapping.</summary>
internal sealed record RawPair(RawScalar Key, RawScalar Value);

/// <summary>One subject of a registry before validation.</summary>
internal sealed class RawSubject(RawScalar key)
{
    public RawScalar Key { get; } = key;
    public RawScalar? Label { get; set; }
    public RawScalar? Kind { get; set; }
    public RawScalar? Unit { get; set; }
    public RawScalar? Single { get; set; }
    public RawScalar? Tolerance { get; set; }
    public RawScalar? Timeless { get; set; }
    public List<RawScalar> Aliases { get; } = [];
    public List<RawPair> Within { get; } = [];
    public List<RawPair> Same { get; } = [];
}

/// <summary>A rate of a registry: <c>CURRENCY: { YEAR: RATE }</c>.</summary>
internal sealed record RawRate(RawScalar Currency, RawScalar Year, RawScalar PerUsd);

/// <summary>A registry file before validation.</summary>
internal sealed class RawRegistry(string file)
{
    public string File { get; } = file;
    public List<RawSubject> Subjects { get; } = [];
    public List<RawPair> Within { get; } = [];
    public List<RawRate> Rates { get; } = [];
}
