namespace ClaimCheck.Core;

/// <summary>
/// The outcome of reading user text: a value, or a message with the 0-based offset inside the
/// text where reading failed, so a diagnostic can point into the line. Never thrown.
/// </summary>
/// <typeparam name="T">What was read.</typeparam>
internal readonly record struct ParseResult<T>
{
    private ParseResult(bool success, T? value, string? error, int offset)
    {
        Success = success;
        Value = value;
        Error = error;
        Offset = offset;
    }

    /// <summary>True when <see cref="Value"/> holds what was read.</summary>
    public bool Success { get; }

    /// <summary>What was read (default when failed).</summary>
    public T? Value { get; }

    /// <summary>Why reading failed (null on success).</summary>
    public string? Error { get; }

    /// <summary>0-based offset inside the text where reading failed.</summary>
    public int Offset { get; }

    /// <summary>A success.</summary>
    public static ParseResult<T> Ok(T value) => new(true, value, null, 0);

    /// <summary>A failure at an offset inside the text.</summary>
    public static ParseResult<T> Fail(string error, int offset) => new(false, default, error, offset);
}
