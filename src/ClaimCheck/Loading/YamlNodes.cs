using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>A YAML node with where it starts: the small tree ClaimCheck binds from.</summary>
internal abstract class YamlNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    /// <summary>Nodes in this subtree (counts alias expansions against the limit).</summary>
    public abstract long Size { get; }

    /// <summary>What a user calls this kind of node, for messages.</summary>
    public abstract string Describe();
}

internal sealed class YamlScalar(SourcePosition start, string value, bool isPlain) : YamlNode(start)
{
    public string Value { get; } = value;

    /// <summary>True for an unquoted scalar (so <c>~</c>, <c>null</c> and empty mean "no value").</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public override long Size => 1;

    public override string Describe() => IsNull ? "nothing" : "text";
}

internal sealed class YamlMapping(SourcePosition start, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, long size)
    : YamlNode(start)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override long Size { get; } = size;

    public override string Describe() => "a mapping";

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}

internal sealed class YamlSequence(SourcePosition start, IReadOnlyList<YamlNode> items, long size) : YamlNode(start)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override long Size { get; } = size;

    public override string Describe() => "a list";
}
