using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>Reads one file into text: size limit, UTF-8 (a BOM is fine), a positioned diagnostic for bad bytes.</summary>
internal static class FileReader
{
    public static string? ReadText(CorpusFile file, LoadOptions options, List<Diagnostic> diagnostics)
    {
        var at = new SourcePosition(file.DisplayPath, 1, 1);
        byte[]? bytes = null;
        try
        {
            int count;
            try
            {
                var length = new FileInfo(file.FullPath).Length;
                if (length > options.MaxFileBytes)
                {
                    diagnostics.Add(DiagnosticDescriptors.LimitExceeded.At(at, string.Create(CultureInfo.InvariantCulture,
                        $"file is {length} bytes, more than the limit of {options.MaxFileBytes} (LoadOptions.MaxFileBytes); it is not read")));
                    return null;
                }

                // The length seen may be a link's or a device's (a link to /dev/zero never ends): the read itself is bounded.
                if (!ReadAtMost(file.FullPath, length, options.MaxFileBytes, out bytes, out count))
                {
                    diagnostics.Add(DiagnosticDescriptors.LimitExceeded.At(at, string.Create(CultureInfo.InvariantCulture,
                        $"file is more than the limit of {options.MaxFileBytes} bytes (LoadOptions.MaxFileBytes); it is not read")));
                    return null;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DiagnosticDescriptors.Unreadable.At(at, "file cannot be read: " + ex.Message));
                return null;
            }

            return Decode(bytes.AsSpan(0, count), file.DisplayPath, diagnostics);
        }
        finally
        {
            if (bytes is not null) ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Strict UTF-8 to text (a BOM is dropped); null with a positioned diagnostic at the first bad byte.</summary>
    private static string? Decode(ReadOnlySpan<byte> span, string displayPath, List<Diagnostic> diagnostics)
    {
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];

        var chars = ArrayPool<char>.Shared.Rent(span.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                diagnostics.Add(DiagnosticDescriptors.NotUtf8.At(PositionOf(chars.AsSpan(0, written), displayPath), string.Create(
                    CultureInfo.InvariantCulture, $"byte 0x{span[read]:X2} at offset {read} is not UTF-8; save the file as UTF-8")));
                return null;
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Reads to the end into a pooled buffer (the caller returns it), or returns false as soon as more than
    /// <paramref name="limit"/> bytes came. Pooled, because every file of a large corpus passes through here once.
    /// </summary>
    private static bool ReadAtMost(string path, long expected, long limit, out byte[]? buffer, out int count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(expected + 1, 4096), Math.Min(limit + 1, Array.MaxLength)));
        count = 0;
        int read;
        while ((read = stream.Read(buffer, count, buffer.Length - count)) > 0)
        {
            count += read;
            if (count > limit) return false;
            if (count == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Math.Min(limit + 1, Array.MaxLength)));
                buffer.AsSpan(0, count).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return true;
    }

    /// <summary>The line and column just after the text that decoded.</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<char> before, string file)
    {
        var line = before.Count('\n') + 1;
        var lastNewline = before.LastIndexOf('\n');
        return new SourcePosition(file, line, before.Length - lastNewline);
    }
}
