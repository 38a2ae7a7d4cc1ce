using System.Text;

namespace ClaimCheck.Reporting.Json;

/// <summary>
/// A write-only stream that keeps UTF-8 bytes in small chunks (below the large-object heap threshold)
/// and decodes them once into a string of exactly the right length: no doubling buffer, no copy of the
/// whole report in bytes next to the whole report in chars.
/// </summary>
internal sealed class ChunkedUtf8Buffer : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> chunks = [];
    private readonly long maxBytes;
    private int used = ChunkSize;
    private long length;

    /// <summary>A buffer that keeps at most <paramref name="maxBytes"/> bytes; past that it only counts.</summary>
    public ChunkedUtf8Buffer(long maxBytes = long.MaxValue) => this.maxBytes = maxBytes;

    /// <summary>True when more than the maximum was written: the bytes were counted and dropped.</summary>
    public bool Overflowed => length > maxBytes;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (length + buffer.Length > maxBytes)
        {
            // Too large to keep: release what was kept, count the rest.
            chunks.Clear();
            length += buffer.Length;
            return;
        }

        while (!buffer.IsEmpty)
        {
            if (used == ChunkSize)
            {
                chunks.Add(new byte[ChunkSize]);
                used = 0;
            }

            var take = Math.Min(buffer.Length, ChunkSize - used);
            buffer[..take].CopyTo(chunks[^1].AsSpan(used));
            used += take;
            length += take;
            buffer = buffer[take..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>The bytes written, decoded as UTF-8 (invalid sequences become U+FFFD, as Encoding.UTF8.GetString does).</summary>
    public string Decode()
    {
        if (Overflowed) throw new InvalidOperationException("the buffer overflowed its maximum; nothing to decode");
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = 0;
        for (var i = 0; i < chunks.Count; i++)
        {
            chars += decoder.GetCharCount(Chunk(i), flush: i == chunks.Count - 1);
        }

        decoder.Reset();
        return string.Create(chars, this, static (span, self) =>
        {
            var decoder = Encoding.UTF8.GetDecoder();
            for (var i = 0; i < self.chunks.Count; i++)
            {
                var written = decoder.GetChars(self.Chunk(i), span, flush: i == self.chunks.Count - 1);
                span = span[written..];
            }
        });
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private ReadOnlySpan<byte> Chunk(int i) => chunks[i].AsSpan(0, i == chunks.Count - 1 ? used : ChunkSize);
}
