using System.Text;

namespace Sajag.Safety.Chats;

/// <summary>Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with or without BOM, or Windows-1252; refuses binary files.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>How much of a file is looked at to decide how it is encoded.</summary>
    public const int HeadBytes = 65536;

    /// <summary>
    /// Decides from a file's first bytes (<paramref name="head"/>, at most <see cref="HeadBytes"/>) how to read it as text,
    /// or why it is not text. <paramref name="complete"/> says the head is the whole file.
    /// </summary>
    public static (TextSource? Source, ChatReadError? Error) Detect(ReadOnlySpan<byte> head, Func<Stream> open, bool complete)
    {
        if (head.IsEmpty)
        {
            return (null, new ChatReadError(ChatErrors.Empty, "The file is empty."));
        }

        if (Signature(head) is { } kind)
        {
            return (null, new ChatReadError(ChatErrors.Image, $"This is {kind}, not a chat. Export the chat as text (WhatsApp: More, Export chat, Without media)."));
        }

        Encoding encoding;
        var skip = 0;
        var damagedUtf8 = false;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, skip) = (Encoding.UTF8, 3);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, skip) = (Encoding.Unicode, 2);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, skip) = (Encoding.BigEndianUnicode, 2);
        }
        else if (LooksLikeUtf16(head, out var bigEndian))
        {
            encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        }
        else if (ManyZeros(head))
        {
            return (null, BinaryError());
        }
        else
        {
            // The head ends mid-character unless it is the whole file: leave the cut character out of the test.
            var sample = complete ? head : head[..CompleteUtf8(head)];
            if (System.Text.Unicode.Utf8.IsValid(sample))
            {
                encoding = Encoding.UTF8;
            }
            else
            {
                // A few damaged bytes in a UTF-8 chat (a cut-off copy, one bad sector) must not turn Bangla into Latin
                // letters; only text with no UTF-8 in it is old Windows-1252 (and Bijoy-typed text).
                damagedUtf8 = MostlyUtf8(Encoding.UTF8.GetString(sample));
                encoding = damagedUtf8 ? Encoding.UTF8 : Encoding.GetEncoding(1252);
            }
        }

        var source = new TextSource(open, encoding, skip);
        var buffer = new char[8192];
        int read;
        using (var reader = source.OpenText())
        {
            read = reader.ReadBlock(buffer, 0, buffer.Length);
        }

        return IsMostlyControl(buffer.AsSpan(0, read), countReplaced: !damagedUtf8) ? (null, BinaryError()) : (source, null);
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 sequence cut off at its end.</summary>
    private static int CompleteUtf8(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for the lead
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? end - back : end;
        }

        return end;
    }

    public static ChatReadError BinaryError() =>
        new(ChatErrors.Binary, "This file is not text, so it cannot be a chat export. Export the chat as a .txt file (or Messenger/Telegram .json) and try again.");

    private static string? Signature(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "a JPEG picture"
        : b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "a PNG picture"
        : b.StartsWith("GIF8"u8) ? "a GIF picture"
        : b.Length > 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "a WebP picture"
        : b.Length > 12 && b[4..8].SequenceEqual("ftyp"u8) ? "a video or HEIC picture"
        : b.StartsWith("%PDF"u8) ? "a PDF document"
        : null;

    /// <summary>More than a couple of zero bytes, and more than one in a hundred: a binary file, not text with a stray NUL.</summary>
    private static bool ManyZeros(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65536)];
        var zeros = sample.Count((byte)0);
        return zeros > Math.Max(2, sample.Length / 100);
    }

    /// <summary>Decoded as UTF-8, the text has four real multi-byte characters for each bad sequence, and few bad ones (one bad byte can cut a character into three).</summary>
    private static bool MostlyUtf8(string text)
    {
        int bad = 0, wide = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                bad++;
            }
            else if (c > '\u007F')
            {
                wide++;
            }
        }

        return wide >= bad * 4 && bad <= Math.Max(8, text.Length / 200);
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        // UTF-16 without a BOM: ASCII characters leave a zero in every other byte.
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = Math.Max(1, sample.Length / 2);
        bigEndian = evenZeros > oddZeros;
        return sample.Length % 2 == 0 && Math.Max(evenZeros, oddZeros) > pairs * 0.3 && Math.Min(evenZeros, oddZeros) < pairs * 0.05;
    }

    private static bool IsMostlyControl(ReadOnlySpan<char> sample, bool countReplaced)
    {
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                continue; // stray NULs are left out when the text is read
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || (countReplaced && c == '\uFFFD'))
            {
                control++;
            }
        }

        return control > sample.Length * 0.05;
    }
}
