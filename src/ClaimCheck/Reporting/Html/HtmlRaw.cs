namespace ClaimCheck.Reporting.Html;

/// <summary>
/// Markup that the HTML template context writes as it is. Every other value a template outputs is
/// HTML-escaped; only the writer itself (and a template's explicit <c>raw</c> call) makes these.
/// </summary>
/// <param name="Html">The markup.</param>
internal sealed record HtmlRaw(string Html)
{
    /// <summary>The markup, so that string operations on a raw value yield a plain (escaped again) string.</summary>
    public override string ToString() => Html;
}
