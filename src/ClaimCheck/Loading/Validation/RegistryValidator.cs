using ClaimCheck.Core;
using System.Globalization;
using ClaimCheck.Loading;
using ClaimCheck.Quantities;
using FluentValidation;

namespace ClaimCheck.Loading;

/// <summary>The rules of one registry file: keys, kinds, flags, tolerances, aliases and rates.</summary>
internal sealed class RegistryValidator : AbstractValidator<RawRegistry>
{
    public static readonly string[] Kinds = ["quantity", "category", "date"];

    /// <summary>
    /// True when a registry <c>unit</c> is one values can be in: a catalogue unit, a currency, %, or date; never a
    /// spelling of several units ("ton" is no three-letter currency code either).
    /// </summary>
    public static bool IsKnownUnit(string unit) =>
        !UnitCatalog.IsAmbiguous(unit) && (UnitCatalog.Find(unit) is not null || Currencies.Code(unit) is not null || unit.Trim() is "date" or "%" or "percent");

    /// <summary>The message for a registry unit that is not known, with the closest spelling.</summary>
    public static string UnknownUnitMessage(string unit)
    {
        if (UnitCatalog.IsAmbiguous(unit))
            return $"unit '{unit}' may mean the metric tonne, the US short ton or the British long ton; a subject's unit must be one of them: write 'tonnes', 'short tons' or 'long tons'";
        var close = Suggestions.Closest(unit.Trim(), UnitCatalog.Spellings().Where(s => s.Length > 1));
        return $"unit '{unit}' is not a unit the catalogue knows (lengths, areas, durations, mass, volume, energy, power, speed, data sizes, a currency code, %, date)"
            + (close is null ? "" : $"; did you mean '{close}'?");
    }

    public RegistryValidator()
    {
        RuleForEach(r => r.Subjects).SetValidator(new SubjectValidator());
        RuleForEach(r => r.Rates).SetValidator(new RateValidator());
    }

    /// <summary>Reads a tolerance: <c>10%</c>, or a fraction such as <c>0.1</c>.</summary>
    public static bool TryParseTolerance(string text, out double tolerance)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        var number = percent ? trimmed[..^1].TrimEnd() : trimmed;
        var ok = double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out tolerance);
        if (percent) tolerance /= 100;
        return ok && tolerance is >= 0 and < 1;
    }

    private sealed class SubjectValidator : AbstractValidator<RawSubject>
    {
        public SubjectValidator()
        {
            RuleFor(s => s.Key).Holds(Syntax.IsSubjectKey, DiagnosticDescriptors.InvalidSubjectKey,
                v => $"subject key '{v.Text}' must be dotted lowercase segments such as 'smic.leading-node'");
            RuleFor(s => s.Kind).Holds(t => Kinds.Contains(t, StringComparer.Ordinal), DiagnosticDescriptors.InvalidRegistryValue,
                v => $"kind '{v.Text}' must be 'quantity', 'category' or 'date'");
            RuleFor(s => s.Unit).Holds(IsKnownUnit, DiagnosticDescriptors.UnknownRegistryUnit, v => UnknownUnitMessage(v.Text));
            RuleFor(s => s.Single).Holds(t => t is "true" or "false", DiagnosticDescriptors.InvalidRegistryValue,
                v => $"single '{v.Text}' must be true or false");
            RuleFor(s => s.Timeless).Holds(t => t is "true" or "false", DiagnosticDescriptors.InvalidRegistryValue,
                v => $"timeless '{v.Text}' must be true (one value for all time: periods do not separate its claims) or false");
            RuleFor(s => s.Tolerance).Holds(t => TryParseTolerance(t, out _), DiagnosticDescriptors.InvalidRegistryValue,
                v => $"tolerance '{v.Text}' must be a percentage below 100% such as '5%' (or a fraction such as 0.05)");
            RuleForEach(s => s.Aliases).Must(a => Syntax.IsSubjectKey(a.Text))
                .WithErrorCode(DiagnosticDescriptors.InvalidSubjectKey.Code)
                .WithMessage((_, a) => $"alias '{a.Text}' must be a dotted subject key such as 'smic.node'")
                .WithState((_, a) => (object)a.Position);
        }
    }

    private sealed class RateValidator : AbstractValidator<RawRate>
    {
        public RateValidator()
        {
            RuleFor(r => r.Currency).Must(c => c.Text.Length == 3 && c.Text.All(char.IsAsciiLetterUpper))
                .WithErrorCode(DiagnosticDescriptors.InvalidRegistryValue.Code)
                .WithMessage((_, c) => $"currency '{c.Text}' must be a three-letter ISO code such as CNY")
                .WithState((_, c) => (object)c.Position);
            RuleFor(r => r.Year).Must(y => int.TryParse(y.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
                .WithErrorCode(DiagnosticDescriptors.InvalidRegistryValue.Code)
                .WithMessage((_, y) => $"rate year '{y.Text}' must be a year such as 2024")
                .WithState((_, y) => (object)y.Position);
            RuleFor(r => r.PerUsd).Must(v => RateTable.TryParsePerUsd(v.Text, out var rate) && rate > 0)
                .WithErrorCode(DiagnosticDescriptors.InvalidRegistryValue.Code)
                .WithMessage((_, v) => $"rate '{v.Text}' must be a positive number of currency units per 1 USD, such as 7.19")
                .WithState((_, v) => (object)v.Position);
            RuleFor(r => r.PerUsd).Must(v => !RateTable.TryParsePerUsd(v.Text, out var rate) || !(rate > 0) || RateTable.IsPlausible(rate))
                .WithErrorCode(DiagnosticDescriptors.ImplausibleRate.Code)
                .WithMessage((_, v) => $"rate '{v.Text}' is not a plausible number of currency units per 1 USD (between 0.0001 and 10,000,000); check the figure and that it is per 1 USD")
                .WithState((_, v) => (object)v.Position);
        }
    }
}
