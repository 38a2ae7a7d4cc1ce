using ClaimCheck.Core;
using FluentValidation;
using FluentValidation.Results;

namespace ClaimCheck.Loading;

/// <summary>Glue between FluentValidation and ClaimCheck's positioned diagnostics.</summary>
internal static class ValidationExtensions
{
    /// <summary>Requires a present, non-blank value; the error points at the owner (the key is absent).</summary>
    public static IRuleBuilderOptions<T, RawScalar?> Required<T>(
        this IRuleBuilder<T, RawScalar?> rule, Func<T, SourcePosition> owner, string message) =>
        rule.Must(s => s is not null && !string.IsNullOrWhiteSpace(s.Text))
            .WithErrorCode(DiagnosticDescriptors.MissingKey.Code)
            .WithMessage(message)
            .WithState(x => (object)owner(x));

    /// <summary>A rule on a present value; the error points at the value.</summary>
    public static IRuleBuilderOptions<T, RawScalar?> Holds<T>(
        this IRuleBuilder<T, RawScalar?> rule, Func<string, bool> predicate, DiagnosticDescriptor code, Func<RawScalar, string> message) =>
        rule.Must(s => s is null || string.IsNullOrWhiteSpace(s.Text) || predicate(s.Text))
            .WithErrorCode(code.Code)
            .WithSeverity(code.DefaultSeverity == Core.Severity.Error ? FluentValidation.Severity.Error : FluentValidation.Severity.Warning)
            .WithMessage((_, s) => message(s!))
            .WithState((_, s) => (object)s!.Position);

    /// <summary>FluentValidation failures as diagnostics (the position travels in CustomState).</summary>
    public static IEnumerable<Diagnostic> ToDiagnostics(this ValidationResult result) =>
        result.Errors.Select(f => new Diagnostic(
            f.Severity == FluentValidation.Severity.Error ? Core.Severity.Error : Core.Severity.Warning,
            f.ErrorCode,
            f.ErrorMessage,
            (SourcePosition)f.CustomState));

    /// <summary>A failure for <c>Custom</c> rules.</summary>
    public static ValidationFailure Failure(DiagnosticDescriptor code, SourcePosition at, string message, bool warning = false) =>
        new(string.Empty, message)
        {
            ErrorCode = code.Code,
            CustomState = at,
            Severity = warning || code.DefaultSeverity == Core.Severity.Warning ? FluentValidation.Severity.Warning : FluentValidation.Severity.Error,
        };
}
