using System.Globalization;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using FluentValidation;

namespace ClaimCheck.Loading;

/// <summary>The rules of a <c>source</c> mapping.</summary>
internal sealed class SourceValidator : AbstractValidator<RawSource>
{
    public SourceValidator()
    {
        RuleFor(s => s.Id).Required(s => s.Position, "source has no 'id': add one such as 'id: silicon-dragon'")
            .Holds(Syntax.IsId, DiagnosticDescriptors.InvalidId, v => $"source id '{v.Text}' must be lowercase letters, digits and '-', starting with a letter or digit");
        RuleFor(s => s.Title).Required(s => s.Position, "source has no 'title': add the article's title");
        RuleFor(s => s.Url).Holds(Syntax.IsHttpUrl, DiagnosticDescriptors.InvalidUrl,
            v => $"url '{v.Text}' is not an absolute http or https URL; write it as https://… or leave 'url' out");
        RuleFor(s => s.Published).Holds(t => Syntax.TryParsePublished(t, out _), DiagnosticDescriptors.InvalidDate,
            v => Syntax.TryParseDate(v.Text, out _)
                ? $"published '{v.Text}' is in year 1: the article's present (the twelve months up to its date) would begin before the calendar does; give the real publication date or leave 'published' out"
                : $"published '{v.Text}' is not a real date written YYYY-MM-DD");
    }
}

/// <summary>The rules of one claim.</summary>
internal sealed class ClaimValidator : AbstractValidator<RawClaim>
{
    public ClaimValidator()
    {
        RuleFor(c => c.Id).Required(c => c.Position, "claim has no 'id': add one unique in this file, such as 'id: smic-node'")
            .Holds(Syntax.IsId, DiagnosticDescriptors.InvalidId, v => $"claim id '{v.Text}' must be lowercase letters, digits and '-', starting with a letter or digit");
        RuleFor(c => c.Subject).Required(c => c.Position, "claim has no 'subject': add a dotted key such as 'subject: smic.leading-node'")
            .Holds(Syntax.IsSubjectKey, DiagnosticDescriptors.InvalidSubjectKey,
                v => $"subject '{v.Text}' must be dotted lowercase segments such as 'smic.leading-node' (letters, digits, '-')");
        RuleFor(c => c)
            .Must(c => (c.Value is not null) != (c.Compare is not null))
            .WithErrorCode(DiagnosticDescriptors.ValueOrCompare.Code)
            .WithMessage(c => c.Value is null
                ? "claim has neither 'value' nor 'compare': give exactly one"
                : "claim has both 'value' and 'compare': give exactly one (split it into two claims)")
            .WithState(c => (object)(c.Compare?.Position ?? c.Position));
        // An empty value would otherwise be read as the category '' and take part in findings.
        RuleFor(c => c.Value).Must(v => v is null || !string.IsNullOrWhiteSpace(v.Text))
            .WithErrorCode(DiagnosticDescriptors.MissingKey.Code)
            .WithMessage("claim has an empty 'value': write what the article says, such as 'value: about 300 companies'")
            .WithState((_, v) => (object)v!.Position);
        RuleFor(c => c.Compare).Must(v => v is null || !string.IsNullOrWhiteSpace(v.Text))
            .WithErrorCode(DiagnosticDescriptors.MissingKey.Code)
            .WithMessage("claim has an empty 'compare': write e.g. 'more-than other.subject'")
            .WithState((_, v) => (object)v!.Position);
        // An empty attribution would name nobody and still split the article's claims into origins.
        RuleFor(c => c.AttributedTo).Must(v => v is null || !string.IsNullOrWhiteSpace(v.Text))
            .WithErrorCode(DiagnosticDescriptors.MissingKey.Code)
            .WithMessage("claim has an empty 'attributed-to': name who gave the figure, such as 'attributed-to: US Senate inquiry', or leave the key out")
            .WithState((_, v) => (object)v!.Position);
        RuleFor(c => c.Status).Holds(t => StatusWords.All.Contains(t, StringComparer.Ordinal), DiagnosticDescriptors.InvalidStatus,
            v => $"status '{v.Text}' is not one of reported, planned, target, estimate"
                 + (Suggestions.Closest(v.Text, StatusWords.All) is { } s ? $"; did you mean '{s}'?" : string.Empty));
    }
}

/// <summary>The rules across the claims of one file: ids unique in the file.</summary>
internal sealed class ClaimFileValidator : AbstractValidator<RawClaimFile>
{
    public ClaimFileValidator()
    {
        RuleFor(f => f).Custom((file, context) =>
        {
            var seen = new Dictionary<string, RawScalar>(StringComparer.Ordinal);
            foreach (var id in file.Claims.Select(c => c.Id).OfType<RawScalar>())
            {
                if (seen.TryGetValue(id.Text, out var first))
                {
                    context.AddFailure(ValidationExtensions.Failure(DiagnosticDescriptors.DuplicateClaimId, id.Position, string.Create(
                        CultureInfo.InvariantCulture, $"claim id '{id.Text}' is already used at line {first.Position.Line} of this file; claim ids must be unique in a file")));
                }
                else
                {
                    seen[id.Text] = id;
                }
            }
        });
    }
}
