namespace ClaimCheck.Core;

/// <summary>The one check of a source URL: only absolute http(s) addresses with a host are kept, shown or linked.</summary>
internal static class WebAddress
{
    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsHttp(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
