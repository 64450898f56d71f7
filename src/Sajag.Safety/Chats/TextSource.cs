using System.Text;

namespace Sajag.Safety.Chats;

/// <summary>
/// A chat's text that can be read again from the start as often as needed: a file, an upload's bytes, a .zip entry or
/// pasted text. Each reading decodes a small buffer at a time, so no reading holds the whole text.
/// </summary>
internal sealed class TextSource
{
    private readonly Func<Stream>? _open;
    private readonly Encoding _encoding;
    private readonly int _skip;
    private readonly string? _text;

    public TextSource(Func<Stream> open, Encoding encoding, int skip)
    {
        (_open, _encoding, _skip) = (open, encoding, skip);
    }

    private TextSource(string text)
    {
        (_text, _encoding) = (text, Encoding.UTF8);
    }

    /// <summary>Text already in memory (pasted).</summary>
    public static TextSource Of(string text) => new(text);

    /// <summary>The text from its start, without stray NULs or a leading byte order mark.</summary>
    public TextReader OpenText() =>
        new CleanReader(_text is not null ? new StringReader(_text) : new StreamReader(OpenBytes(), _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 65536));

    /// <summary>The text as UTF-8 bytes from its start (for the JSON reader), and whether that stream can seek.</summary>
    public Stream OpenUtf8()
    {
        if (_text is not null)
        {
            return new MemoryStream(Encoding.UTF8.GetBytes(_text.TrimStart('\uFEFF')), writable: false);
        }

        var bytes = OpenBytes();
        return _encoding.CodePage == Encoding.UTF8.CodePage ? bytes : Encoding.CreateTranscodingStream(bytes, _encoding, Encoding.UTF8);
    }

    /// <summary>The UTF-8 text from byte <paramref name="offset"/> of <see cref="OpenUtf8"/>'s stream: a seek when the bytes allow it, a skip otherwise.</summary>
    public Stream OpenUtf8At(long offset)
    {
        var stream = OpenUtf8();
        if (offset == 0)
        {
            return stream;
        }

        if (stream.CanSeek)
        {
            stream.Seek(offset, SeekOrigin.Current);
            return stream;
        }

        var skip = new byte[65536];
        while (offset > 0)
        {
            var read = stream.Read(skip, 0, (int)Math.Min(skip.Length, offset));
            if (read == 0)
            {
                break;
            }

            offset -= read;
        }

        return stream;
    }

    /// <summary>Whether <see cref="OpenUtf8At"/> seeks (a file or bytes in memory in UTF-8) rather than reads up to the offset.</summary>
    public bool CanSeekUtf8
    {
        get
        {
            using var stream = OpenUtf8();
            return stream.CanSeek;
        }
    }

    private Stream OpenBytes()
    {
        var stream = _open!();
        if (_skip > 0)
        {
            Span<byte> bom = stackalloc byte[_skip];
            stream.ReadExactly(bom);
        }

        return stream;
    }

    /// <summary>Lines split at '\n' only (a '\r' before it dropped), as the exporters write them. A line longer than <paramref name="maxLength"/> comes in pieces.</summary>
    public static IEnumerable<string> Lines(TextReader reader, CancellationToken cancellationToken, int maxLength = 65536)
    {
        var buffer = new char[65536];
        var line = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = 0;
            while (start < read)
            {
                var at = Array.IndexOf(buffer, '\n', start, read - start);
                var end = at < 0 ? read : at;
                if (at >= 0 && line.Length == 0 && end - start <= maxLength)
                {
                    // The whole line is in the buffer: one string, no copy through the builder.
                    var length = end > start && buffer[end - 1] == '\r' ? end - start - 1 : end - start;
                    yield return new string(buffer, start, length);
                    start = at + 1;
                    continue;
                }

                var take = Math.Min(end - start, maxLength - line.Length);
                line.Append(buffer, start, take);
                start += take;
                if (line.Length >= maxLength && start < end)
                {
                    yield return line.ToString();
                    line.Clear();
                    continue;
                }

                if (at < 0)
                {
                    break;
                }

                yield return Cut(line);
                start = at + 1;
            }
        }

        if (line.Length > 0)
        {
            yield return Cut(line);
        }
    }

    private static string Cut(StringBuilder line)
    {
        var length = line.Length > 0 && line[^1] == '\r' ? line.Length - 1 : line.Length;
        var text = line.ToString(0, length);
        line.Clear();
        return text;
    }

    /// <summary>Leaves out NUL characters (some copies leave a stray one) and a byte order mark at the start.</summary>
    private sealed class CleanReader(TextReader inner) : TextReader
    {
        private bool _started;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            while (true)
            {
                var read = inner.Read(buffer);
                if (read == 0)
                {
                    return 0;
                }

                var kept = 0;
                for (var i = 0; i < read; i++)
                {
                    var c = buffer[i];
                    if (c == '\0' || (!_started && c == '\uFEFF'))
                    {
                        continue;
                    }

                    _started = true;
                    buffer[kept++] = c;
                }

                if (kept > 0)
                {
                    return kept;
                }
            }
        }

        public override int Read()
        {
            Span<char> one = stackalloc char[1];
            return Read(one) == 0 ? -1 : one[0];
        }

        public override int Peek() => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>A chat source gave more than its limit allows (a file that grew, a .zip entry larger than it said).</summary>
internal sealed class ChatLimitException(ChatReadError error) : IOException(error.Message)
{
    public ChatReadError Error { get; } = error;
}

/// <summary>Reads at most a given number of bytes from a stream, then refuses with <see cref="ChatLimitException"/>.</summary>
internal sealed class LimitedStream(Stream inner, long max, ChatReadError error, IDisposable? owner = null) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        return _read > max ? throw new ChatLimitException(error) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            owner?.Dispose();
        }

        base.Dispose(disposing);
    }
}
