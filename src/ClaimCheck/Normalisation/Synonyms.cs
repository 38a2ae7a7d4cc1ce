using ClaimCheck.Core;

namespace ClaimCheck.Normalisation;

/// <summary>Applies a subject's <c>same</c> synonyms to a category value.</summary>
internal static class Synonyms
{
    /// <summary>Follows <c>same</c> entries (case-insensitively, a few steps at most so a cycle cannot loop).</summary>
    public static string Apply(string value, SubjectDefinition? definition)
    {
        var current = value.Trim();
        if (definition is null || definition.Same.IsEmpty)
        {
            return current;
        }

        for (var step = 0; step < 8; step++)
        {
            var next = definition.Same
                .Where(kv => string.Equals(kv.Key.Trim(), current, StringComparison.OrdinalIgnoreCase))
                .Select(kv => kv.Value.Trim())
                .FirstOrDefault();
            if (next is null || string.Equals(next, current, StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            current = next;
        }

        return current;
    }
}
