using System.IO.Compression;

namespace Sajag.Safety.Chats;

/// <summary>Limits on what a chat reader accepts, checked before anything is unpacked.</summary>
/// <param name="MaxBytes">Largest file or pasted text.</param>
/// <param name="MaxZipEntries">Most entries a .zip may list (a WhatsApp export with media has one per photo).</param>
/// <param name="MaxZipUncompressedBytes">Largest total size of a .zip's entries once unpacked, as its directory declares.</param>
/// <param name="MaxChatTextBytes">Largest chat text inside a .zip, declared and actually read.</param>
public sealed record ChatLimits(long MaxBytes, int MaxZipEntries, long MaxZipUncompressedBytes, long MaxChatTextBytes)
{
    /// <summary>What the web page accepts: 10 MB files.</summary>
    public static ChatLimits Default { get; } = new(10 * 1024 * 1024, 5000, 1024L * 1024 * 1024, 64 * 1024 * 1024);
}

/// <summary>Reads a chat export of any known format, detecting which one it is.</summary>
public static class ChatReader
{
    /// <summary>Reads a file's bytes: a WhatsApp .txt or .zip, a Messenger/Instagram or Telegram .json, or plain text.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="fileName">The file's name if known; a WhatsApp "WhatsApp Chat with X.txt" names the contact.</param>
    /// <param name="limits">Size limits; <see cref="ChatLimits.Default"/> when null.</param>
    public static ChatReadResult Read(ReadOnlySpan<byte> bytes, string? fileName = null, ChatLimits? limits = null)
    {
        var (text, name, error) = Decode(bytes, fileName, limits);
        return error is not null ? new ChatReadResult(null, error) : ReadText(text!, name);
    }

    /// <summary>
    /// The chat text inside a file (for a .zip, the one chat entry) and that text's file name, or why there is none.
    /// <see cref="ReadText"/> on the result reads the same chat as <see cref="Read"/>.
    /// </summary>
    public static (string? Text, string? FileName, ChatReadError? Error) Decode(ReadOnlySpan<byte> bytes, string? fileName = null, ChatLimits? limits = null)
    {
        limits ??= ChatLimits.Default;
        try
        {
            if (bytes.Length > limits.MaxBytes)
            {
                return (null, null, TooLarge(limits.MaxBytes).Error);
            }

            if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
            {
                return ReadZip(bytes.ToArray(), limits);
            }

            var (text, error) = TextDecoding.Decode(bytes);
            return (text, fileName, error);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            // A reader met something it did not expect: say so clearly rather than crash.
            return (null, null, new ChatReadError(ChatErrors.Binary, "The file could not be read as a chat: it is damaged or not a chat export."));
        }
    }

    /// <summary>Reads text that was pasted or already decoded.</summary>
    public static ChatReadResult ReadText(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ReadDecoded(text, fileName);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidOperationException or ArgumentException or System.Text.Json.JsonException)
        {
            // A reader met a shape it did not expect: say so clearly rather than crash. Each such shape found gets its own fix and test.
            return ChatReadResult.Fail(ChatErrors.Binary, "The file could not be read as a chat: it is damaged or not a chat export.");
        }
    }

    private static ChatReadResult ReadDecoded(string text, string? fileName)
    {
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return ChatReadResult.Fail(ChatErrors.Empty, "There is no text to check.");
        }

        var trimmed = text.TrimStart();
        ChatReadResult result;
        if (trimmed.StartsWith('{') || (trimmed.StartsWith('[') && !WhatsAppReader.Recognises(text) && IsJson(trimmed)))
        {
            result = JsonChatReader.Read(trimmed);
        }
        else if (WhatsAppReader.Recognises(text))
        {
            result = ChatReadResult.Ok(WhatsAppReader.Read(text, TitleFromFileName(fileName)));
        }
        else
        {
            result = ChatReadResult.Ok(PlainTextReader.Read(text));
        }

        if (result.Chat is { } chat)
        {
            if (chat.Messages.Count == 0)
            {
                return ChatReadResult.Fail(ChatErrors.NoMessages, "No messages were found in this chat.");
            }

            var words = string.Join('\n', chat.Messages.Where(m => m.Kind == MessageKind.Text).Select(m => m.Text));
            if (Bijoy.Looks(words))
            {
                return ChatReadResult.Fail(ChatErrors.Bijoy,
                    "This text was typed with the old Bijoy keyboard, so it shows as Latin letters and symbols (like \"Avwg †Zvgv‡K\") instead of Bangla. Sajag cannot read it correctly. Copy it into a Bijoy-to-Unicode converter first, or type in Unicode Bangla (Avro, Gboard, Ridmik).");
            }
        }

        return result;
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static ChatReadResult TooLarge(long max) =>
        ChatReadResult.Fail(ChatErrors.TooLarge, $"The file is too big. The largest chat Sajag can check is {max / (1024 * 1024)} MB. Export the chat without media.");

    private static string? TitleFromFileName(string? fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName ?? "");
        foreach (var prefix in new[] { "WhatsApp Chat with ", "WhatsApp Chat - ", "Chat WhatsApp com " })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return name[prefix.Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>A WhatsApp "Export chat" .zip: only the chat text is read; media entries are never unpacked or kept.</summary>
    private static (string? Text, string? FileName, ChatReadError? Error) ReadZip(byte[] bytes, ChatLimits limits)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);

        // Everything below is read from the central directory, before a single entry is unpacked.
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            return Fail(ChatErrors.ZipTooManyEntries, $"The .zip lists {zip.Entries.Count} files; Sajag opens at most {limits.MaxZipEntries}. Export the chat without media.");
        }

        var declared = zip.Entries.Sum(e => Math.Max(0, e.Length));
        if (declared > limits.MaxZipUncompressedBytes)
        {
            return Fail(ChatErrors.ZipTooLarge, $"The .zip would unpack to {declared / (1024 * 1024)} MB, more than Sajag allows. Export the chat without media.");
        }

        var chats = zip.Entries.Where(e => !e.FullName.EndsWith('/') && (e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))).ToList();
        var preferred = chats.Where(e => e.Name is "_chat.txt" || e.Name.StartsWith("WhatsApp Chat", StringComparison.OrdinalIgnoreCase) || e.Name is "message_1.json" or "result.json").ToList();
        if (preferred.Count > 0)
        {
            chats = preferred;
        }

        if (chats.Count == 0)
        {
            return Fail(ChatErrors.ZipNoChat, "The .zip has no chat text (.txt or .json) in it.");
        }

        if (chats.Count > 1)
        {
            return Fail(ChatErrors.ZipSeveralChats, $"The .zip holds {chats.Count} chat files. Export one chat at a time.");
        }

        var entry = chats[0];
        if (entry.Length > limits.MaxChatTextBytes)
        {
            return Fail(ChatErrors.ZipTooLarge, $"The chat inside the .zip is {entry.Length / (1024 * 1024)} MB, more than Sajag allows.");
        }

        // Read no more than the limit even if the directory lied about the size (a zip bomb).
        using var content = entry.Open();
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxChatTextBytes)
            {
                return Fail(ChatErrors.ZipTooLarge, "The chat inside the .zip unpacks to more than Sajag allows; the file may be damaged or made to attack.");
            }

            buffer.Write(chunk, 0, read);
        }

        var (text, error) = TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return (text, entry.Name, error);
    }

    private static (string?, string?, ChatReadError?) Fail(string code, string message) => (null, null, new ChatReadError(code, message));
}
