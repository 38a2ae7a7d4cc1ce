using System.Globalization;
using System.Text;

namespace ClaimCheck.Import;

/// <summary>Turns free text into ids (<c>[a-z0-9][a-z0-9-]*</c>) and dotted subject keys.</summary>
internal static class IdSlug
{
    /// <summary>
    /// An id from free text: accents dropped, lowercase, every run of other characters one <c>-</c>,
    /// no <c>-</c> at either end (<c>contributor #521637: dangel</c> → <c>contributor-521637-dangel</c>).
    /// Empty when the text has no ASCII letter or digit.
    /// </summary>
    public static string Id(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (dash && builder.Length > 0) builder.Append('-');
                builder.Append(lower);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A dotted subject key from free text: each <c>.</c>-separated segment made an <see cref="Id"/>,
    /// empty segments dropped (<c>SMIC. Leading Node</c> → <c>smic.leading-node</c>). Empty when nothing is left.
    /// </summary>
    public static string SubjectKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join('.', text.Split('.').Select(Id).Where(s => s.Length > 0));
    }
}
