using System.Text;

namespace Sajag.Safety.Chats;

/// <summary>Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with or without BOM, or Windows-1252; refuses binary files.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or an error saying what the bytes are instead.</summary>
    public static (string? Text, ChatReadError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (null, new ChatReadError(ChatErrors.Empty, "The file is empty."));
        }

        if (Signature(bytes) is { } kind)
        {
            return (null, new ChatReadError(ChatErrors.Image, $"This is {kind}, not a chat. Export the chat as text (WhatsApp: More, Export chat, Without media)."));
        }

        string text;
        var damagedUtf8 = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            text = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        }
        else if (ManyZeros(bytes))
        {
            return (null, BinaryError());
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // A few damaged bytes in a UTF-8 chat (a cut-off copy, one bad sector) must not turn Bangla into Latin
                // letters; only text with no UTF-8 in it is old Windows-1252 (and Bijoy-typed text).
                text = Encoding.UTF8.GetString(bytes);
                damagedUtf8 = MostlyUtf8(text);
                if (!damagedUtf8)
                {
                    text = Encoding.GetEncoding(1252).GetString(bytes);
                }
            }
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            text = text.Replace("\0", "", StringComparison.Ordinal); // a stray NUL or two, as some copies leave
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new ChatReadError(ChatErrors.Empty, "The file has no text in it."));
        }

        return IsMostlyControl(text, countReplaced: !damagedUtf8) ? (null, BinaryError()) : (text, null);
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

    private static bool IsMostlyControl(string text, bool countReplaced)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || (countReplaced && c == '\uFFFD'))
            {
                control++;
            }
        }

        return control > sample.Length * 0.05;
    }
}
