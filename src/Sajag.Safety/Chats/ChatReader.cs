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

/// <summary>
/// Reads a chat export of any known format, detecting which one it is. <see cref="Open(string, ChatLimits?, CancellationToken)"/>
/// and its overloads read it as a stream (<see cref="StreamedChat"/>): the memory used does not grow with the chat.
/// </summary>
public static class ChatReader
{
    /// <summary>Reads a file's bytes: a WhatsApp .txt or .zip, a Messenger/Instagram or Telegram .json, or plain text.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="fileName">The file's name if known; a WhatsApp "WhatsApp Chat with X.txt" names the contact.</param>
    /// <param name="limits">Size limits; <see cref="ChatLimits.Default"/> when null.</param>
    public static ChatReadResult Read(ReadOnlySpan<byte> bytes, string? fileName = null, ChatLimits? limits = null) =>
        InMemory(Open(bytes.ToArray(), fileName, limits));

    /// <summary>Reads text that was pasted or already decoded.</summary>
    public static ChatReadResult ReadText(string text, string? fileName = null) => InMemory(OpenText(text, fileName));

    /// <summary>Opens a file's bytes as a streamed chat; the bytes are read again, never copied, each time the messages are.</summary>
    public static StreamedChatResult Open(byte[] bytes, string? fileName = null, ChatLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= ChatLimits.Default;
        return bytes.Length > limits.MaxBytes
            ? Failed(TooLarge(limits.MaxBytes))
            : Open(() => new MemoryStream(bytes, writable: false), fileName, limits, cancellationToken);
    }

    /// <summary>
    /// Opens a file as a streamed chat. A regular file is read again from disk each time the messages are; a pipe or a
    /// device, which cannot be read twice, is read once into memory up to the size limit.
    /// </summary>
    public static StreamedChatResult Open(string path, ChatLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= ChatLimits.Default;
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        var regular = info.Exists && (info.Attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) == 0 && info.Length > 0 && IsRegular(path);
        if (!regular)
        {
            // /dev/zero, a pipe, a FIFO: read at most one byte past the limit (their length says nothing).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return ReadAtMost(stream, limits.MaxBytes) is { } bytes ? Open(bytes, name, limits, cancellationToken) : Failed(TooLarge(limits.MaxBytes));
        }

        if (info.Length > limits.MaxBytes)
        {
            return Failed(TooLarge(limits.MaxBytes));
        }

        return Open(() => new LimitedStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 65536, FileOptions.SequentialScan), limits.MaxBytes, TooLarge(limits.MaxBytes)), name, limits, cancellationToken);
    }

    /// <summary>Opens pasted text as a streamed chat.</summary>
    public static StreamedChatResult OpenText(string text, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guard(() => ReadDecoded(TextSource.Of(text), fileName, cancellationToken));
    }

    /// <summary>Whether an exception is a source or reader failing on damaged input (reported as such), not a bug.</summary>
    internal static bool IsReadingFailure(Exception ex) =>
        ex is InvalidDataException or IOException or ArgumentException or FormatException or OverflowException or InvalidOperationException
            or NotSupportedException or System.Text.Json.JsonException or System.Text.DecoderFallbackException;

    internal static ChatReadError Damaged() => new(ChatErrors.Binary, "The file could not be read as a chat: it is damaged or not a chat export.");

    private static ChatReadResult InMemory(StreamedChatResult opened) =>
        opened.Chat is { } chat ? Guard(chat) : new ChatReadResult(null, opened.Error);

    private static ChatReadResult Guard(StreamedChat chat)
    {
        try
        {
            return ChatReadResult.Ok(chat.ToChat());
        }
        catch (ChatLimitException ex)
        {
            return new ChatReadResult(null, ex.Error);
        }
        catch (Exception ex) when (IsReadingFailure(ex))
        {
            return new ChatReadResult(null, Damaged());
        }
    }

    private static StreamedChatResult Open(Func<Stream> open, string? fileName, ChatLimits limits, CancellationToken cancellationToken) =>
        Guard(() =>
        {
            var (source, name, error) = Source(open, fileName, limits);
            return source is null ? Failed(error!) : ReadDecoded(source, name, cancellationToken);
        });

    private static StreamedChatResult Guard(Func<StreamedChatResult> read)
    {
        try
        {
            return read();
        }
        catch (ChatLimitException ex)
        {
            return Failed(ex.Error);
        }
        catch (Exception ex) when (IsReadingFailure(ex))
        {
            // A reader met something it did not expect: say so clearly rather than crash.
            return Failed(Damaged());
        }
    }

    private static StreamedChatResult Failed(ChatReadError error) => new(null, error);

    /// <summary>How to read the chat's text: the file itself, or the one chat entry of a .zip.</summary>
    private static (TextSource? Source, string? FileName, ChatReadError? Error) Source(Func<Stream> open, string? fileName, ChatLimits limits)
    {
        var (head, complete) = Head(open);
        if (head.AsSpan().StartsWith("PK\u0003\u0004"u8) || head.AsSpan().StartsWith("PK\u0005\u0006"u8))
        {
            return Zip(open, limits);
        }

        var (source, error) = TextDecoding.Detect(head, open, complete);
        return (source, fileName, error);
    }

    private static (byte[] Head, bool Complete) Head(Func<Stream> open)
    {
        using var stream = open();
        var head = new byte[TextDecoding.HeadBytes];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return (head[..read], read < head.Length);
    }

    private static StreamedChatResult ReadDecoded(TextSource source, string? fileName, CancellationToken cancellationToken)
    {
        string head;
        using (var reader = source.OpenText())
        {
            var buffer = new char[TextDecoding.HeadBytes];
            head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
        }

        var first = head.TrimStart();
        if (first.Length == 0 && (head.Length < TextDecoding.HeadBytes || !AnyText(source, cancellationToken)))
        {
            return Failed(new ChatReadError(ChatErrors.Empty, "There is no text to check."));
        }

        string format;
        string? title;
        Func<CancellationToken, IEnumerable<RawMessage>> messages;
        if (first.StartsWith('{') || (first.StartsWith('[') && !WhatsAppReader.Recognises(head) && JsonChatReader.IsJson(source, cancellationToken)))
        {
            var (profile, error) = JsonChatReader.Scan(source, cancellationToken);
            if (profile is null)
            {
                return Failed(error!);
            }

            (format, title, messages) = (profile.Messenger ? "messenger" : "telegram", profile.Title, ct => JsonChatReader.Messages(source, profile, ct));
        }
        else if (WhatsAppReader.Recognises(head))
        {
            var profile = WhatsAppReader.Scan(source, cancellationToken);
            (format, title, messages) = (profile.Ios ? "whatsapp-ios" : "whatsapp-android", TitleFromFileName(fileName), ct => WhatsAppReader.Messages(source, profile, ct));
        }
        else
        {
            var profile = PlainTextReader.Scan(source, cancellationToken);
            (format, title, messages) = ("plain", null, ct => PlainTextReader.Messages(source, profile, ct));
        }

        // One pass for what the check needs before it starts: who wrote, how many messages, whether it is Bijoy text.
        var participants = new ParticipantList();
        var bijoy = new Bijoy.Tally();
        var count = 0;
        foreach (var raw in messages(cancellationToken))
        {
            count++;
            participants.Add(Chat.AuthorName(raw.Author));
            if (raw.Kind == MessageKind.Text)
            {
                bijoy.Add(raw.Text);
            }
        }

        if (count == 0)
        {
            return Failed(new ChatReadError(ChatErrors.NoMessages, "No messages were found in this chat."));
        }

        if (bijoy.Looks)
        {
            return Failed(new ChatReadError(ChatErrors.Bijoy,
                "This text was typed with the old Bijoy keyboard, so it shows as Latin letters and symbols (like \"Avwg †Zvgv‡K\") instead of Bangla. Sajag cannot read it correctly. Copy it into a Bijoy-to-Unicode converter first, or type in Unicode Bangla (Avro, Gboard, Ridmik)."));
        }

        return new StreamedChatResult(new StreamedChat(format, participants.Names, count, title, ct => Numbered(messages(ct))), null);
    }

    private static IEnumerable<ChatMessage> Numbered(IEnumerable<RawMessage> messages)
    {
        var index = 0;
        foreach (var message in messages)
        {
            yield return message.ToMessage(index++);
        }
    }

    private static bool AnyText(TextSource source, CancellationToken cancellationToken)
    {
        using var reader = source.OpenText();
        var buffer = new char[65536];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!buffer.AsSpan(0, read).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    private static ChatReadError TooLarge(long max) =>
        new(ChatErrors.TooLarge, $"The file is too big. The largest chat Sajag can check is {max / (1024 * 1024)} MB. Export the chat without media.");

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

    private static bool IsRegular(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            return stream.CanSeek;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="max"/>.</summary>
    private static byte[]? ReadAtMost(Stream stream, long max)
    {
        using var memory = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (memory.Length + read > max)
            {
                return null;
            }

            memory.Write(chunk, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>A WhatsApp "Export chat" .zip: only the chat text is read; media entries are never unpacked or kept.</summary>
    private static (TextSource? Source, string? FileName, ChatReadError? Error) Zip(Func<Stream> open, ChatLimits limits)
    {
        string? entryName;
        using (var zip = new ZipArchive(open(), ZipArchiveMode.Read))
        {
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

            if (chats[0].Length > limits.MaxChatTextBytes)
            {
                return Fail(ChatErrors.ZipTooLarge, $"The chat inside the .zip is {chats[0].Length / (1024 * 1024)} MB, more than Sajag allows.");
            }

            entryName = chats[0].FullName;
        }

        // Each reading opens the archive again and unpacks the entry as it goes, never more than the limit even if the
        // directory lied about the size (a zip bomb).
        var bomb = new ChatReadError(ChatErrors.ZipTooLarge, "The chat inside the .zip unpacks to more than Sajag allows; the file may be damaged or made to attack.");
        Stream Entry()
        {
            var zip = new ZipArchive(open(), ZipArchiveMode.Read);
            try
            {
                return new LimitedStream(zip.GetEntry(entryName)!.Open(), limits.MaxChatTextBytes, bomb, zip);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }

        var (head, complete) = Head(Entry);
        var (source, error) = TextDecoding.Detect(head, Entry, complete);
        return (source, Path.GetFileName(entryName), error);
    }

    private static (TextSource?, string?, ChatReadError?) Fail(string code, string message) => (null, null, new ChatReadError(code, message));
}
