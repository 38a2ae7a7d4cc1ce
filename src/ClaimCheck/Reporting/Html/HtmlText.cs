using System.Globalization;
using System.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>The escaping rules of the HTML report: text, URLs and embedded JSON.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for HTML content and for attribute values in single or double quotes.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    /// <summary>The URL when it is an absolute http or https URL, otherwise null (shown as text, never linked).</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && trimmed.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
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
