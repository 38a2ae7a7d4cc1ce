using System.Buffers;
using System.Globalization;
using System.Text;

using ClaimCheck.Core;

namespace ClaimCheck.Reporting.Html;

/// <summary>The escaping rules of the HTML report: text, URLs and embedded JSON.</summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> ScriptSpecial = SearchValues.Create("<>&\u2028\u2029");

    /// <summary>The characters that <see cref="Entity"/> replaces.</summary>
    public static readonly SearchValues<char> Special = SearchValues.Create("<>&\"'");

    /// <summary>
    /// The entity of a <see cref="Special"/> character, which makes text safe for HTML content and for
    /// attribute values in single or double quotes.
    /// </summary>
    public static string Entity(char c) => c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "not an HTML-special character"),
    };

    /// <summary>The URL when it is an absolute http or https URL, otherwise null (shown as text, never linked).</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        // Also written with its scheme first, as typed: no "HTTP:/x" or leading junk reaches an href.
        return WebAddress.IsHttp(trimmed)
            && (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? trimmed
            : null;
    }

    /// <summary>
    /// JSON text made safe inside <c>&lt;script type="application/json"&gt;</c>: <c>&lt;</c>, <c>&gt;</c>,
    /// <c>&amp;</c>, U+2028 and U+2029 become <c>\uXXXX</c>, so neither <c>&lt;/script&gt;</c> nor
    /// <c>&lt;!--</c> can appear. Inside JSON strings the escape means the same character.
    /// </summary>
    public static string EscapeJsonForScript(string json)
    {
        // The report's own JSON already escapes all five, so it is usually returned as it is, not copied.
        if (json.AsSpan().IndexOfAny(ScriptSpecial) < 0)
        {
            return json;
        }

        var sb = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            if (c is '<' or '>' or '&' or '\u2028' or '\u2029')
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
