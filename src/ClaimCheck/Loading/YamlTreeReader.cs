using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Loading;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree that keeps every node's position.
/// Built on YamlDotNet's event parser (not its object model) so that duplicate keys, nesting depth,
/// alias expansion, the number of nodes and of claims are checked here, while the events are read and
/// before the tree holds them (a file of millions of <c>{}</c> stops at the first node over the budget),
/// iteratively (no recursion: deep input cannot overflow the stack).
/// </summary>
internal sealed partial class YamlTreeReader
{
    private readonly string _file;
    private readonly LoadOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _open = new();
    private long _aliasNodesLeft;
    private long _nodesLeft;
    private YamlNode? _root;

    private YamlTreeReader(string file, LoadOptions options, List<Diagnostic> diagnostics)
    {
        _file = file;
        _options = options;
        _diagnostics = diagnostics;
        _aliasNodesLeft = options.MaxAliases;
        _nodesLeft = options.MaxNodes;
    }

    /// <summary>Reads the first document of <paramref name="text"/>; null when there is none or it cannot be read.</summary>
    public static YamlNode? Read(string text, string file, LoadOptions options, List<Diagnostic> diagnostics) =>
        new YamlTreeReader(file, options, diagnostics).Read(text);

    private YamlNode? Read(string text)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        var documents = 0;
        var last = new Mark();
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                last = e.Start;
                switch (e)
                {
                    case DocumentStart when ++documents > 1:
                        _diagnostics.Add(DiagnosticDescriptors.UnsupportedYaml.WarningAt(At(e.Start),
                            "only the first YAML document of a file is read; put each article in its own file"));
                        return _root;
                    case Scalar or MappingStart or SequenceStart when --_nodesLeft < 0:
                        _diagnostics.Add(DiagnosticDescriptors.LimitExceeded.At(At(e.Start), string.Create(CultureInfo.InvariantCulture,
                            $"more than {_options.MaxNodes} YAML nodes (keys, values, lists and mappings) in one file; the file is not read (limit: LoadOptions.MaxNodes); split the file")));
                        return null;
                    case Scalar s:
                        if (!Add(Anchor(s, new YamlScalar(At(s.Start), s.Value, s.Style == ScalarStyle.Plain)))) return null;
                        break;
                    case MappingStart m:
                        if (!Open(new Frame(At(m.Start), isMapping: true, Name(m)))) return null;
                        break;
                    case SequenceStart q:
                        if (!Open(new Frame(At(q.Start), isMapping: false, Name(q)))) return null;
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = _open.Pop();
                        if (!Add(Anchor(frame.Anchor, frame.Build()))) return null;
                        break;
                    case AnchorAlias alias:
                        if (!Alias(alias)) return null;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException && ex.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
        {
            // A \u escape of half a surrogate pair, or a pair in the wrong order ("\uDC00\uD800"), names no character:
            // an encoding problem of the text, not a YAML construct.
            var at = SurrogateEscape(text, ex is YamlException y ? y.Start : last) ?? At(scanner.CurrentPosition);
            _diagnostics.Add(DiagnosticDescriptors.NotUtf8.At(at,
                "a \\u escape names half of a UTF-16 surrogate pair, not a character (a high half \\uD800-\\uDBFF must come first, then a low half \\uDC00-\\uDFFF); write the character itself, the file being UTF-8"));
            return null;
        }
        catch (YamlException ex) when (TabIndentation(text, ex) is { } tab)
        {
            _diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(tab,
                "YAML syntax error: a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces"));
            return null;
        }
        catch (YamlException ex)
        {
            _diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(At(ex.Start), "YAML syntax error: " + Clean(ex.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed flow collections instead of a YamlException.
            _diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(At(last),
                "YAML syntax error: the text from here on cannot be read; check for an unclosed '[', '{' or quote"));
            return null;
        }

        catch (ArgumentException ex)
        {
            // Found by fuzzing: a tag that is not a valid URI (` !!!!!+!!!T`) makes YamlDotNet throw this.
            var reason = ex.Message.Split(" (Parameter", 2)[0].TrimEnd('.');
            _diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(At(last),
                "YAML syntax error: " + reason + "; claim files need no YAML tags ('!')"));
            return null;
        }

        return _root;
    }

    private bool Open(Frame frame)
    {
        if (_open.Count >= _options.MaxDepth)
        {
            _diagnostics.Add(DiagnosticDescriptors.LimitExceeded.At(frame.Start, string.Create(CultureInfo.InvariantCulture,
                $"nesting deeper than {_options.MaxDepth} levels; the file is not read (limit: LoadOptions.MaxDepth)")));
            return false;
        }

        // The top-level 'claims' list is counted as its items are read, so a file of millions of claims stops at the first one over.
        if (!frame.IsMapping && _open.Count == 1 && _open.Peek() is { IsMapping: true, PendingKey.Value: "claims", SkipNextValue: false })
            frame.IsClaims = true;
        _open.Push(frame);
        return true;
    }

    private bool Alias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            _diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(At(alias.Start),
                $"YAML alias '*{alias.Value.Value}' refers to no anchor defined before it"));
            return false;
        }

        // Aliases share the anchored node instead of copying it, so memory stays flat; the budget
        // counts the nodes they stand for, which is what a consumer would walk (an alias bomb trips it).
        _aliasNodesLeft -= target.Size;
        if (_aliasNodesLeft < 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.LimitExceeded.At(At(alias.Start), string.Create(CultureInfo.InvariantCulture,
                $"YAML aliases expand to more than {_options.MaxAliases} nodes; the file is not read (limit: LoadOptions.MaxAliases)")));
            return false;
        }

        // The copy stands where the alias is used, so what is wrong with it is reported there (a claim repeated
        // through an alias is a duplicate at the alias, not at the anchor); its size was just paid from the budget.
        return Add(Copy(target, At(alias.Start)));
    }

    /// <summary>A copy of <paramref name="node"/> whose every node starts at <paramref name="at"/>; iterative, as aliases may nest.</summary>
    private static YamlNode Copy(YamlNode node, SourcePosition at)
    {
        var copies = new Dictionary<YamlNode, YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(YamlNode Node, bool ChildrenDone)>();
        pending.Push((node, false));
        while (pending.Count > 0)
        {
            var (current, childrenDone) = pending.Pop();
            if (copies.ContainsKey(current)) continue;
            var children = current switch
            {
                YamlMapping m => m.Entries.SelectMany(e => new YamlNode[] { e.Key, e.Value }),
                YamlSequence q => q.Items,
                _ => [],
            };
            if (!childrenDone)
            {
                pending.Push((current, true));
                foreach (var child in children) pending.Push((child, false));
                continue;
            }

            copies[current] = current switch
            {
                YamlScalar x => new YamlScalar(at, x.Value, x.IsPlain),
                YamlMapping m => new YamlMapping(at, [.. m.Entries.Select(e => new KeyValuePair<YamlScalar, YamlNode>((YamlScalar)copies[e.Key], copies[e.Value]))], m.Size),
                YamlSequence q => new YamlSequence(at, [.. q.Items.Select(i => copies[i])], q.Size),
                _ => current,
            };
        }

        return copies[node];
    }

    private YamlNode Anchor(string? anchor, YamlNode node)
    {
        if (anchor is not null) _anchors[anchor] = node;
        return node;
    }

    private YamlNode Anchor(NodeEvent e, YamlNode node) => Anchor(Name(e), node);

    private static string? Name(NodeEvent e) => e.Anchor.IsEmpty ? null : e.Anchor.Value;

    private bool Add(YamlNode node)
    {
        if (_open.Count == 0)
        {
            _root ??= node;
            return true;
        }

        var frame = _open.Peek();
        if (!frame.IsMapping)
        {
            if (frame.IsClaims && frame.Items.Count >= _options.MaxClaimsPerFile) return ClaimsOverLimit(node.Start);
            frame.Items.Add(node);
            frame.Size += node.Size;
            return true;
        }

        if (frame.PendingKey is null && !frame.SkipNextValue)
        {
            if (node is YamlScalar key)
            {
                frame.PendingKey = key;
            }
            else
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedYaml.At(node.Start,
                    "a mapping key must be plain text, not " + node.Describe()));
                frame.SkipNextValue = true;
            }

            return true;
        }

        if (frame.SkipNextValue)
        {
            frame.SkipNextValue = false;
            return true;
        }

        var pending = frame.PendingKey!;
        frame.PendingKey = null;
        // The claims list given by an alias was not counted while read.
        if (_open.Count == 1 && pending.Value == "claims" && node is YamlSequence { Items.Count: var count } && count > _options.MaxClaimsPerFile)
            return ClaimsOverLimit(node.Start);
        if (frame.FindKey(pending.Value) is { } first)
        {
            _diagnostics.Add(DiagnosticDescriptors.DuplicateKey.At(pending.Start, string.Create(CultureInfo.InvariantCulture,
                $"duplicate key '{pending.Value}' (first at line {first.Line}); the later one is ignored: remove or rename it")));
            return true;
        }

        frame.AddEntry(pending, node);
        frame.Size += node.Size + 1;
        return true;
    }

    private bool ClaimsOverLimit(SourcePosition at)
    {
        _diagnostics.Add(DiagnosticDescriptors.LimitExceeded.At(at, string.Create(CultureInfo.InvariantCulture,
            $"more than {_options.MaxClaimsPerFile} claims in one file (the first over the limit starts here); the file is not read (limit: LoadOptions.MaxClaimsPerFile); split the file")));
        return false;
    }

    // YamlDotNet places a tab in the indentation at the start of the construct it was reading (often line 1):
    // the tab itself is the first one that stands in a line's indentation from there on.
    private SourcePosition? TabIndentation(string text, YamlException ex)
    {
        if (!ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        var line = 1;
        var column = 1;
        var indentation = true;
        foreach (var c in text)
        {
            if (c == '\t' && indentation && line >= ex.Start.Line) return new SourcePosition(_file, line, column);
            if (c == '\n')
            {
                line++;
                column = 1;
                indentation = true;
                continue;
            }

            if (c != ' ' && c != '\t' && c != '-') indentation = false; // "- \tid: x" indents a list item with a tab too
            column++;
        }

        return null;
    }

    // The first \u or \U escape of a surrogate half from the last event read on; null when there is none.
    private SourcePosition? SurrogateEscape(string text, Mark from)
    {
        var start = (int)Math.Clamp(from.Index, 0, text.Length);
        var match = SurrogateEscapePattern().Match(text, start);
        if (!match.Success) return null;
        var before = text.AsSpan(0, match.Index);
        var line = before.Count('\n') + 1;
        return new SourcePosition(_file, line, match.Index - before.LastIndexOf('\n'));
    }

    [GeneratedRegex(@"\\(u[dD][89a-fA-F][0-9a-fA-F]{2}|U0000[dD][89a-fA-F][0-9a-fA-F]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex SurrogateEscapePattern();

    private SourcePosition At(Mark mark) => new(_file, (int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    // YamlDotNet prefixes messages with its own "(Line: …)" span; the diagnostic already carries the position.
    private static string Clean(string message)
    {
        var text = message.StartsWith('(') && message.Contains("): ", StringComparison.Ordinal)
            ? message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..]
            : message;
        return text.TrimEnd('.').Trim();
    }

    private sealed class Frame(SourcePosition start, bool isMapping, string? anchor)
    {
        public SourcePosition Start { get; } = start;
        public bool IsMapping { get; } = isMapping;
        public string? Anchor { get; } = anchor;
        // Only the list of its own kind: a frame is made for every mapping and sequence of every file.
        public List<KeyValuePair<YamlScalar, YamlNode>> Entries => field ??= [];
        public List<YamlNode> Items => field ??= [];
        // Most mappings have a handful of keys: scanning them beats a dictionary per mapping; a large
        // one (a registry's gazetteer) gets an index once it grows.
        private Dictionary<string, SourcePosition>? _index;
        public YamlScalar? PendingKey { get; set; }
        public bool SkipNextValue { get; set; }
        /// <summary>The top-level <c>claims</c> list: its items are counted against <see cref="LoadOptions.MaxClaimsPerFile"/>.</summary>
        public bool IsClaims { get; set; }
        public long Size { get; set; } = 1;

        public SourcePosition? FindKey(string key)
        {
            if (_index is not null) return _index.TryGetValue(key, out var at) ? at : null;
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key) return entry.Key.Start;
            }

            return null;
        }

        public void AddEntry(YamlScalar key, YamlNode value)
        {
            Entries.Add(new(key, value));
            if (_index is not null) _index[key.Value] = key.Start;
            else if (Entries.Count > 16) _index = Entries.ToDictionary(e => e.Key.Value, e => e.Key.Start, StringComparer.Ordinal);
        }

        public YamlNode Build() => IsMapping ? new YamlMapping(Start, Entries, Size) : new YamlSequence(Start, Items, Size);
    }
}
