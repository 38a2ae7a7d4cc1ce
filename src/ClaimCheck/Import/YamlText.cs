using System.Globalization;
using System.Text;

namespace ClaimCheck.Import;

/// <summary>Writes YAML scalars that read back exactly: every free-text value double-quoted and escaped.</summary>
internal static class YamlText
{
    /// <summary>A double-quoted YAML scalar: <c>\</c>, <c>"</c> and control characters escaped; one line always.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
