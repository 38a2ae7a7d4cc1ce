using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>
/// Binds a YAML tree to the raw claim-file or registry records: decides the file's kind from its
/// top-level keys, reports unknown keys (with a suggestion) and nodes of the wrong shape, and keeps
/// every value's position. Rules about the values themselves are the validators' job.
/// </summary>
internal sealed class DocumentBinder(List<Diagnostic> diagnostics)
{
    internal static readonly string[] ClaimFileKeys = ["source", "claims"];
    internal static readonly string[] RegistryKeys = ["subjects", "within", "rates"];
    internal static readonly string[] SourceKeys = ["id", "title", "outlet", "url", "published", "text"];
    internal static readonly string[] ClaimKeys = ["id", "subject", "value", "compare", "period", "status", "quote", "note", "attributed-to"];
    internal static readonly string[] SubjectKeys = ["label", "kind", "unit", "single", "tolerance", "aliases", "within", "same", "timeless"];

    /// <summary>A claim file, a registry, or null (with a diagnostic) when the file is neither.</summary>
    public object? Bind(YamlNode root, string file)
    {
        if (root is not YamlMapping top)
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownFileKind.At(root.Start,
                $"expected a mapping with 'source' and 'claims' (a claim file) or 'subjects', 'within', 'rates' (a registry), found {root.Describe()}"));
            return null;
        }

        var keys = top.Entries.Select(e => e.Key.Value).ToList();
        if (keys.Any(k => RegistryKeys.Contains(k, StringComparer.Ordinal)))
            return BindRegistry(top, file);
        if (keys.Any(k => ClaimFileKeys.Contains(k, StringComparer.Ordinal)))
            return BindClaimFile(top, file);

        var found = keys.Count == 0 ? "no keys" : "keys " + string.Join(", ", keys.Select(k => $"'{k}'"));
        var hint = keys.Select(k => Suggestions.Closest(k, [.. ClaimFileKeys, .. RegistryKeys])).FirstOrDefault(s => s is not null);
        diagnostics.Add(DiagnosticDescriptors.UnknownFileKind.At(top.Start,
            $"not a claim file or a registry: found {found}; expected 'source' and 'claims' (a claim file) or any of 'subjects', 'within', 'rates' (a registry)"
            + (hint is null ? string.Empty : $"; did you mean '{hint}'?")));
        return null;
    }

    private RawClaimFile BindClaimFile(YamlMapping top, string file)
    {
        var result = new RawClaimFile(file, top.Start);
        foreach (var (key, value) in Entries(top, "claim file", ClaimFileKeys))
        {
            if (key == "source" && AsMapping(value, "source") is { } source)
                result.Source = BindSource(source);
            else if (key == "claims" && AsSequence(value, "claims") is { } claims)
            {
                foreach (var item in claims.Items)
                {
                    if (AsMapping(item, "a claim") is { } claim)
                        result.Claims.Add(BindClaim(claim));
                }
            }
        }

        if (top["source"] is null or YamlScalar { IsNull: true })
            diagnostics.Add(DiagnosticDescriptors.MissingKey.At(top.Start, "claim file has no 'source': add the article's id and title"));
        if (top["claims"] is null or YamlScalar { IsNull: true })
            diagnostics.Add(DiagnosticDescriptors.MissingKey.At(top.Start, "claim file has no 'claims' list: add at least one claim"));
        return result;
    }

    private RawSource BindSource(YamlMapping node)
    {
        var source = new RawSource(node.Start);
        foreach (var (key, value) in Entries(node, "source", SourceKeys))
        {
            var scalar = AsScalar(value, key);
            switch (key)
            {
                case "id": source.Id = scalar; break;
                case "title": source.Title = scalar; break;
                case "outlet": source.Outlet = scalar; break;
                case "url": source.Url = scalar; break;
                case "published": source.Published = scalar; break;
                case "text": source.Text = scalar; break;
            }
        }

        return source;
    }

    private RawClaim BindClaim(YamlMapping node)
    {
        var claim = new RawClaim(node.Start);
        foreach (var (key, value) in Entries(node, "claim", ClaimKeys))
        {
            var scalar = AsScalar(value, key);
            switch (key)
            {
                case "id": claim.Id = scalar; break;
                case "subject": claim.Subject = scalar; break;
                case "value": claim.Value = scalar; break;
                case "compare": claim.Compare = scalar; break;
                case "period": claim.Period = scalar; break;
                case "status": claim.Status = scalar; break;
                case "quote": claim.Quote = scalar; break;
                case "note": claim.Note = scalar; break;
                // "attributed-to:" with nothing after it is reported as empty, not read as no attribution.
                case "attributed-to": claim.AttributedTo = scalar ?? (value is YamlScalar { IsNull: true } ? new RawScalar("", value.Start) : null); break;
            }
        }

        return claim;
    }

    private RawRegistry BindRegistry(YamlMapping top, string file)
    {
        var registry = new RawRegistry(file);
        foreach (var (key, value) in Entries(top, "registry", RegistryKeys))
        {
            switch (key)
            {
                case "subjects" when AsMapping(value, "subjects") is { } subjects:
                    foreach (var entry in subjects.Entries)
                    {
                        var subject = new RawSubject(Scalar(entry.Key));
                        if (entry.Value is YamlScalar { IsNull: true })
                        {
                            registry.Subjects.Add(subject);
                            continue;
                        }

                        if (AsMapping(entry.Value, $"subject '{entry.Key.Value}'") is { } body)
                            registry.Subjects.Add(BindSubject(subject, body));
                    }

                    break;
                case "within" when AsMapping(value, "within") is { } within:
                    registry.Within.AddRange(Pairs(within, "within"));
                    break;
                case "rates" when AsMapping(value, "rates") is { } rates:
                    foreach (var currency in rates.Entries)
                    {
                        if (AsMapping(currency.Value, $"rates of {currency.Key.Value}") is not { } years) continue;
                        foreach (var (year, rate) in Pairs(years, $"rates of {currency.Key.Value}"))
                            registry.Rates.Add(new RawRate(Scalar(currency.Key), year, rate));
                    }

                    break;
            }
        }

        return registry;
    }

    private RawSubject BindSubject(RawSubject subject, YamlMapping node)
    {
        foreach (var (key, value) in Entries(node, "subject", SubjectKeys))
        {
            switch (key)
            {
                case "aliases":
                    // A single alias may be written as text; a list is the usual form.
                    if (value is YamlScalar { IsNull: false } one) subject.Aliases.Add(Scalar(one));
                    else if (AsSequence(value, "aliases") is { } list)
                        subject.Aliases.AddRange(list.Items.Select(i => AsScalar(i, "an alias")).OfType<RawScalar>());
                    break;
                case "within" when AsMapping(value, "within") is { } within:
                    subject.Within.AddRange(Pairs(within, "within"));
                    break;
                case "same" when AsMapping(value, "same") is { } same:
                    subject.Same.AddRange(Pairs(same, "same"));
                    break;
                case "label": subject.Label = AsScalar(value, key); break;
                case "kind": subject.Kind = AsScalar(value, key); break;
                case "unit": subject.Unit = AsScalar(value, key); break;
                case "single": subject.Single = AsScalar(value, key); break;
                case "tolerance": subject.Tolerance = AsScalar(value, key); break;
                case "timeless": subject.Timeless = AsScalar(value, key); break;
            }
        }

        return subject;
    }

    private IEnumerable<RawPair> Pairs(YamlMapping node, string what)
    {
        foreach (var (key, value) in node.Entries)
        {
            if (AsScalar(value, $"{what}: {key.Value}") is { } scalar)
                yield return new RawPair(Scalar(key), scalar);
            else if (value is YamlScalar { IsNull: true })
                diagnostics.Add(DiagnosticDescriptors.MissingKey.At(key.Start, $"'{key.Value}' in {what} has no value"));
        }
    }

    /// <summary>The entries of a mapping whose keys are known; unknown keys become diagnostics with a suggestion.</summary>
    private IEnumerable<(string Key, YamlNode Value)> Entries(YamlMapping node, string what, string[] known)
    {
        foreach (var (key, value) in node.Entries)
        {
            if (known.Contains(key.Value, StringComparer.Ordinal))
            {
                yield return (key.Value, value);
                continue;
            }

            var hint = Suggestions.Closest(key.Value, known);
            diagnostics.Add(DiagnosticDescriptors.UnknownKey.At(key.Start,
                $"unknown key '{key.Value}' in {what}; " + (hint is null
                    ? "expected one of " + string.Join(", ", known.Select(k => $"'{k}'"))
                    : $"did you mean '{hint}'?")));
        }
    }

    private YamlMapping? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMapping mapping) return mapping;
        if (node is YamlScalar { IsNull: true }) return null;
        diagnostics.Add(DiagnosticDescriptors.WrongNodeType.At(node.Start, $"{what} must be a mapping (key: value lines), not {node.Describe()}"));
        return null;
    }

    private YamlSequence? AsSequence(YamlNode node, string what)
    {
        if (node is YamlSequence sequence) return sequence;
        if (node is YamlScalar { IsNull: true }) return null;
        diagnostics.Add(DiagnosticDescriptors.WrongNodeType.At(node.Start, $"'{what}' must be a list (lines starting with '- '), not {node.Describe()}"));
        return null;
    }

    private RawScalar? AsScalar(YamlNode node, string what)
    {
        if (node is YamlScalar scalar) return scalar.IsNull ? null : Scalar(scalar);
        diagnostics.Add(DiagnosticDescriptors.WrongNodeType.At(node.Start, $"'{what}' must be text, not {node.Describe()}"));
        return null;
    }

    private static RawScalar Scalar(YamlScalar node) => new(node.Value, node.Start);
}
