using ClaimCheck.Core;
using ClaimCheck.Loading;
using FluentValidation;

namespace ClaimCheck.Loading;

/// <summary>What the cross-file rules need of a corpus: each claim file's source id, and the registries.</summary>
internal sealed record RawCorpus(IReadOnlyList<RawScalar> SourceIds, IReadOnlyList<RawRegistry> Registries);

/// <summary>
/// The rules that span files: source ids unique in the corpus; registry entries merge, so a key
/// defined twice, an alias that names another subject, or containment that loops is an error.
/// </summary>
internal sealed class CorpusValidator : AbstractValidator<RawCorpus>
{
    public CorpusValidator()
    {
        RuleFor(c => c).Custom((corpus, context) =>
        {
            Duplicates(corpus.SourceIds, context, DiagnosticDescriptors.DuplicateSourceId,
                (id, first) => $"source id '{id}' is already used by {first}; source ids must be unique in the corpus");

            var subjects = corpus.Registries.SelectMany(r => r.Subjects).ToList();
            Duplicates(subjects.Select(s => s.Key), context, DiagnosticDescriptors.DuplicateRegistryKey,
                (key, first) => $"subject '{key}' is already defined at {first}; registries merge, so define each subject once");
            Duplicates(corpus.Registries.SelectMany(r => r.Within).Select(p => p.Key), context, DiagnosticDescriptors.DuplicateRegistryKey,
                (key, first) => $"'{key}' is already placed within something at {first}; give each place one parent");
            Duplicates(corpus.Registries.SelectMany(r => r.Rates).Select(r => r with { Currency = r.Currency with { Text = r.Currency.Text + " " + r.Year.Text } }).Select(r => r.Currency),
                context, DiagnosticDescriptors.DuplicateRegistryKey, (key, first) => $"rate {key} is already given at {first}; give each currency and year once");

            AliasClashes(subjects, context);
            Cycles(corpus.Registries.SelectMany(r => r.Within).ToList(), context);
            foreach (var subject in subjects)
            {
                Duplicates(subject.Within.Select(p => p.Key), context, DiagnosticDescriptors.DuplicateRegistryKey,
                    (key, first) => $"'{key}' is already placed within something at {first}; give each value one parent");
                Cycles(subject.Within, context);
            }
        });
    }

    private static void Duplicates(IEnumerable<RawScalar> keys, ValidationContext<RawCorpus> context, DiagnosticDescriptor code, Func<string, string, string> message)
    {
        var seen = new Dictionary<string, RawScalar>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (seen.TryGetValue(key.Text, out var first))
                context.AddFailure(ValidationExtensions.Failure(code, key.Position, message(key.Text, first.Position.ToString())));
            else
                seen[key.Text] = key;
        }
    }

    private static void AliasClashes(IReadOnlyList<RawSubject> subjects, ValidationContext<RawCorpus> context)
    {
        var owners = new Dictionary<string, (string Subject, RawScalar At)>(StringComparer.Ordinal);
        foreach (var subject in subjects)
            owners.TryAdd(subject.Key.Text, (subject.Key.Text, subject.Key));

        foreach (var subject in subjects)
        {
            foreach (var alias in subject.Aliases)
            {
                if (owners.TryGetValue(alias.Text, out var owner) && owner.Subject != subject.Key.Text)
                {
                    var what = owner.At == subject.Key || owner.Subject == alias.Text ? "is itself a subject" : $"is already an alias of '{owner.Subject}'";
                    context.AddFailure(ValidationExtensions.Failure(DiagnosticDescriptors.AliasClash, alias.Position,
                        $"alias '{alias.Text}' of '{subject.Key.Text}' {what} (at {owner.At.Position}); one key can mean only one subject"));
                }
                else if (alias.Text == subject.Key.Text)
                {
                    context.AddFailure(ValidationExtensions.Failure(DiagnosticDescriptors.AliasClash, alias.Position,
                        $"alias '{alias.Text}' is the subject's own key; remove it", warning: true));
                }
                else
                {
                    owners.TryAdd(alias.Text, (subject.Key.Text, alias));
                }
            }
        }
    }

    private static void Cycles(IReadOnlyList<RawPair> within, ValidationContext<RawCorpus> context)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in within) parent.TryAdd(pair.Key.Text, pair.Value.Text);

        foreach (var pair in within)
        {
            // Walk up from the parent; reaching the child again means a loop (the step bound stops a loop above it).
            var at = pair.Value.Text;
            for (var steps = 0; steps <= parent.Count; steps++)
            {
                if (at == pair.Key.Text)
                {
                    context.AddFailure(ValidationExtensions.Failure(DiagnosticDescriptors.WithinCycle, pair.Key.Position,
                        $"'{pair.Key.Text}' is within '{pair.Value.Text}', which leads back to '{pair.Key.Text}': containment must not loop"));
                    break;
                }

                if (!parent.TryGetValue(at, out var next)) break;
                at = next;
            }
        }
    }
}
