using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ClaimCheck.Model;

namespace ClaimCheck.Loading;

/// <summary>Reads one file into text: size limit, UTF-8 (a BOM is fine), a positioned diagnostic for bad bytes.</summary>
internal static class FileReader
{
    public static string? ReadText(CorpusFile file, LoadOptions options, List<Diagnostic> diagnostics)
    {
        var at = new SourcePosition(file.DisplayPath, 1, 1);
        byte[] bytes;
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > options.MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LimitExceeded, at, string.Create(CultureInfo.InvariantCulture,
                    $"file is {length} bytes, more than the limit of {options.MaxFileBytes} (LoadOptions.MaxFileBytes); it is not read")));
                return null;
            }

            // The length seen may be a link's or a device's (a link to /dev/zero never ends): the read itself is bounded.
            var bounded = ReadAtMost(file.FullPath, length, options.MaxFileBytes);
            if (bounded is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LimitExceeded, at, string.Create(CultureInfo.InvariantCulture,
                    $"file is more than the limit of {options.MaxFileBytes} bytes (LoadOptions.MaxFileBytes); it is not read")));
                return null;
            }

            bytes = bounded;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.Unreadable, at, "file cannot be read: " + ex.Message));
            return null;
        }

        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];

        var chars = ArrayPool<char>.Shared.Rent(span.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, PositionOf(chars.AsSpan(0, written), file.DisplayPath), string.Create(
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

    /// <summary>Reads to the end, or returns null as soon as more than <paramref name="limit"/> bytes came.</summary>
    private static byte[]? ReadAtMost(string path, long expected, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        using var memory = new MemoryStream((int)Math.Clamp(expected + 1, 1, Math.Min(limit + 1, Array.MaxLength)));
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (memory.Length + read > limit) return null;
            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>The line and column just after the text that decoded.</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<char> before, string file)
    {
        var line = before.Count('\n') + 1;
        var lastNewline = before.LastIndexOf('\n');
        return new SourcePosition(file, line, before.Length - lastNewline);
    }
}
