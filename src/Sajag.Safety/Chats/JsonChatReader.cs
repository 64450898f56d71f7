using System.Text;
using System.Text.Json;

namespace Sajag.Safety.Chats;

/// <summary>
/// Facebook Messenger / Instagram <c>message_1.json</c> and Telegram Desktop <c>result.json</c>, read as a stream: one pass
/// finds the messages and what the file says about them, the next gives them one at a time. Only one message's JSON (or,
/// for Messenger, which lists the newest first, one block of messages) is held at a time.
/// </summary>
internal static class JsonChatReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    // 31 Dec 9999: a larger (or null, or quoted) timestamp_ms is a damaged file, read as "time unknown".
    private const long MaxUnixMilliseconds = 253_402_300_799_999;

    // Where every this-many-th message starts is noted, so Messenger's newest-first list can be read back in blocks.
    private const int Checkpoint = 256;

    // The largest single JSON value (one message) the reader buffers.
    private const int MaxValueBytes = 16 * 1024 * 1024;

    /// <summary>What the first pass found: which export, its title, and where its messages are.</summary>
    internal sealed class Profile
    {
        public bool Messenger { get; set; }

        public string? Title { get; set; }

        public int Count { get; set; }

        public bool Reverse { get; set; }

        public bool Mojibake { get; set; }

        public long Start { get; set; }

        public List<long> Checkpoints { get; } = [];
    }

    private enum Role
    {
        Other,
        Root,
        Chats,
        List,
        FirstListChat,
        RootMessages,
        ListMessages,
    }

    private struct Frame(Role role, bool array)
    {
        public Role Role = role;
        public bool Array = array;
        public string? Property;
        public int Index;
    }

    /// <summary>One "messages" array as the first pass saw it.</summary>
    private sealed class ArrayStats
    {
        public bool Seen;
        public long Start;
        public int Count;
        public int Objects;
        public int Kind; // 0 unknown, 1 Messenger, 2 Telegram, -1 neither
        public long FirstTime = -1;
        public long LastTime = -1;
        public List<long> Checkpoints { get; } = [];
    }

    private sealed class ScanState
    {
        public readonly List<Frame> Frames = [];
        public readonly ArrayStats RootMessages = new();
        public readonly ArrayStats ListMessages = new();
        public readonly MojibakeTally Mojibake = new();
        public bool RootNotObject;
        public bool ListSeen;
        public int ListCount;
        public bool FirstListIsObject;
        public string? RootTitle, RootName, ListTitle, ListName;
    }

    /// <summary>The first pass: the export's kind and title, how many messages and where they start; or why it is not a chat.</summary>
    public static (Profile? Profile, ChatReadError? Error) Scan(TextSource source, CancellationToken cancellationToken)
    {
        var scan = new ScanState();
        try
        {
            using var stream = source.OpenUtf8();
            Walk(stream, scan, cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, new ChatReadError(ChatErrors.JsonBroken, $"The file looks like JSON but is broken ({ex.Message.Split('.')[0]}). Export the chat again."));
        }

        if (scan.RootNotObject)
        {
            return (null, Unknown());
        }

        ArrayStats stats;
        string? title, name;
        if (scan.ListSeen)
        {
            if (scan.ListCount != 1)
            {
                return (null, new ChatReadError(ChatErrors.JsonUnknown, $"This is a whole Telegram account export with {scan.ListCount} chats. Export just the one chat you want to check (open it, then Export chat history, JSON)."));
            }

            if (!scan.FirstListIsObject)
            {
                return (null, Unknown());
            }

            (stats, title, name) = (scan.ListMessages, scan.ListTitle, scan.ListName);
        }
        else
        {
            (stats, title, name) = (scan.RootMessages, scan.RootTitle, scan.RootName);
        }

        if (!stats.Seen)
        {
            return (null, Unknown());
        }

        if (stats.Kind <= 0)
        {
            return (null, stats.Count == 0 ? new ChatReadError(ChatErrors.NoMessages, "The export has no messages in it.") : Unknown());
        }

        var profile = new Profile { Messenger = stats.Kind == 1, Count = stats.Count, Start = stats.Start };
        profile.Checkpoints.AddRange(stats.Checkpoints);
        if (profile.Messenger)
        {
            profile.Mojibake = scan.Mojibake.Found;
            profile.Title = title is null ? null : profile.Mojibake ? Repair(title) : title;

            // Messenger lists the newest first: read it backwards, unless the file is plainly oldest first.
            profile.Reverse = !(stats.FirstTime >= 0 && stats.LastTime >= 0 && stats.FirstTime < stats.LastTime);
        }
        else
        {
            profile.Title = name;
        }

        return (profile, null);
    }

    /// <summary>The second pass: the messages oldest first.</summary>
    public static IEnumerable<RawMessage> Messages(TextSource source, Profile profile, CancellationToken cancellationToken)
    {
        if (!profile.Reverse)
        {
            using var stream = source.OpenUtf8At(profile.Start);
            foreach (var document in Elements(stream, profile.Count, cancellationToken))
            {
                using (document)
                {
                    if (Map(document.RootElement, profile) is { } message)
                    {
                        yield return message;
                    }
                }
            }

            yield break;
        }

        // Backwards, one block at a time: a block is a few checkpoints long when the bytes can be sought (so the memory
        // held is one block), and at most a sixteenth of the chat when they must be read up to the block each time.
        var stride = source.CanSeekUtf8 ? 4 : Math.Max(4, (profile.Checkpoints.Count + 15) / 16);
        var blocks = (profile.Checkpoints.Count + stride - 1) / stride;
        var block = new List<RawMessage>();
        for (var b = blocks - 1; b >= 0; b--)
        {
            var first = b * stride * Checkpoint;
            var count = Math.Min(profile.Count, (b + 1) * stride * Checkpoint) - first;
            block.Clear();
            using (var stream = source.OpenUtf8At(profile.Checkpoints[b * stride]))
            {
                foreach (var document in Elements(stream, count, cancellationToken))
                {
                    using (document)
                    {
                        if (Map(document.RootElement, profile) is { } message)
                        {
                            block.Add(message);
                        }
                    }
                }
            }

            for (var i = block.Count - 1; i >= 0; i--)
            {
                yield return block[i];
            }
        }
    }

    private static RawMessage? Map(JsonElement m, Profile profile) =>
        m.ValueKind != JsonValueKind.Object ? null : profile.Messenger ? Messenger(m, profile.Mojibake) : Telegram(m);

    private static ChatReadError Unknown() =>
        new(ChatErrors.JsonUnknown, "This JSON file is not a chat export Sajag knows. Use Messenger or Instagram's message_1.json, or Telegram Desktop's result.json.");

    private static RawMessage Messenger(JsonElement m, bool repair)
    {
        string Fix(string s) => repair ? Repair(s) : s;
        var author = m.TryGetProperty("sender_name", out var s) && s.ValueKind == JsonValueKind.String ? Fix(s.GetString()!) : null;
        var time = MessengerTime(m);
        string text;
        MessageKind kind;
        if (m.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String)
        {
            text = Cut(Fix(c.GetString()!));
            kind = m.TryGetProperty("is_unsent", out var u) && u.ValueKind == JsonValueKind.True ? MessageKind.Deleted : MessageKind.Text;
        }
        else
        {
            text = m.TryGetProperty("photos", out _) ? "<photo>" : m.TryGetProperty("videos", out _) ? "<video>" : m.TryGetProperty("audio_files", out _) ? "<audio>" : "<attachment>";
            kind = MessageKind.Media;
        }

        return new RawMessage(author, text, time > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(time).UtcDateTime : null, kind);
    }

    private static long MessengerTime(JsonElement m) =>
        m.TryGetProperty("timestamp_ms", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var ms) && ms is > 0 and <= MaxUnixMilliseconds ? ms : 0;

    private static RawMessage? Telegram(JsonElement m)
    {
        if (m.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "message")
        {
            return null; // service messages: calls, pins, joins
        }

        var author = m.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : "Deleted Account";
        var text = m.TryGetProperty("text", out var t) ? Cut(TelegramText(t)) : "";
        var media = m.TryGetProperty("photo", out _) || m.TryGetProperty("file", out _) || m.TryGetProperty("media_type", out _);
        var kind = media && text.Length == 0 ? MessageKind.Media : MessageKind.Text;
        if (kind == MessageKind.Media)
        {
            text = m.TryGetProperty("photo", out _) ? "<photo>" : "<attachment>";
        }

        DateTime? when = m.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String && DateTime.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) ? parsed : null;
        return new RawMessage(author, text, when, kind);
    }

    private static string Cut(string text) => text.Length > WhatsAppReader.MaxMessageChars ? text[..WhatsAppReader.MaxMessageChars] : text;

    /// <summary>Reads the whole file token by token, a buffer at a time, noting the messages arrays and what the file says around them.</summary>
    private static void Walk(Stream stream, ScanState scan, CancellationToken cancellationToken)
    {
        var buffer = new byte[65536];
        int start = 0, end = 0;
        long offset = 0; // the file offset of buffer[0]
        var final = false;
        var state = new JsonReaderState(Options);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!final)
            {
                (buffer, start, end, offset) = Refill(stream, buffer, start, end, offset, ref final);
            }

            var (consumed, done) = Step(buffer.AsSpan(start, end - start), final, ref state, scan, offset + start);
            start += consumed;
            if (done || scan.RootNotObject)
            {
                return;
            }

            if (final && consumed == 0)
            {
                throw new JsonException("The JSON ends too soon");
            }
        }
    }

    /// <summary>Moves what is left to the buffer's start, grows it when one value fills it, and reads more.</summary>
    private static (byte[] Buffer, int Start, int End, long Offset) Refill(Stream stream, byte[] buffer, int start, int end, long offset, ref bool final)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            (offset, end, start) = (offset + start, end - start, 0);
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxValueBytes)
            {
                throw new JsonException("One message is too large to read");
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        final = read == 0;
        return (buffer, start, end + read, offset);
    }

    /// <summary>Reads the tokens in <paramref name="data"/>; returns how many bytes it used and whether the document ended.</summary>
    private static (int Consumed, bool Done) Step(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ScanState scan, long offset)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var frames = scan.Frames;
        while (true)
        {
            var before = reader.CurrentState;
            var beforeConsumed = reader.BytesConsumed;
            if (!reader.Read())
            {
                state = reader.CurrentState;
                return ((int)reader.BytesConsumed, final);
            }

            var top = frames.Count > 0 ? frames[^1] : default;
            var hasTop = frames.Count > 0;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var property = top.Role is Role.Root or Role.Chats or Role.FirstListChat ? reader.GetString() : null;
                    frames[^1] = top with { Property = property };
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var array = reader.TokenType == JsonTokenType.StartArray;
                    if (!hasTop)
                    {
                        if (array)
                        {
                            scan.RootNotObject = true;
                            state = reader.CurrentState;
                            return ((int)reader.BytesConsumed, true);
                        }

                        frames.Add(new Frame(Role.Root, false));
                        break;
                    }

                    if (top.Role is Role.RootMessages or Role.ListMessages)
                    {
                        var stats = top.Role == Role.RootMessages ? scan.RootMessages : scan.ListMessages;
                        var at = offset + reader.TokenStartIndex;
                        if (!array)
                        {
                            // One message: parsed whole, then let go.
                            var copy = reader;
                            if (!JsonDocument.TryParseValue(ref copy, out var document))
                            {
                                state = before;
                                return ((int)beforeConsumed, false);
                            }

                            reader = copy;
                            using (document)
                            {
                                Element(document.RootElement, stats, at, scan.Mojibake);
                            }

                            continue;
                        }

                        Element(default, stats, at, scan.Mojibake);
                        frames.Add(new Frame(Role.Other, true));
                        break;
                    }

                    var role = (top.Role, top.Property, array) switch
                    {
                        (Role.Root, "messages", true) => Role.RootMessages,
                        (Role.Root, "chats", false) => Role.Chats,
                        (Role.Chats, "list", true) => Role.List,
                        (Role.List, _, false) when top.Index == 0 => Role.FirstListChat,
                        (Role.FirstListChat, "messages", true) => Role.ListMessages,
                        _ => Role.Other,
                    };
                    if (top.Role == Role.List)
                    {
                        scan.ListCount++;
                        scan.FirstListIsObject |= role == Role.FirstListChat;
                        frames[^1] = top with { Index = top.Index + 1 };
                    }

                    if (role == Role.List)
                    {
                        scan.ListSeen = true;
                    }

                    if (role is Role.RootMessages or Role.ListMessages)
                    {
                        var stats = role == Role.RootMessages ? scan.RootMessages : scan.ListMessages;
                        stats.Seen = true;
                        stats.Start = offset + reader.BytesConsumed;
                    }

                    frames.Add(new Frame(role, array));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    if (frames.Count > 0 && frames[^1].Role is Role.Root or Role.Chats or Role.FirstListChat)
                    {
                        frames[^1] = frames[^1] with { Property = null };
                    }

                    break;
                default:
                    if (!hasTop)
                    {
                        scan.RootNotObject = true;
                        state = reader.CurrentState;
                        return ((int)reader.BytesConsumed, true);
                    }

                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var text = reader.GetString()!;
                        scan.Mojibake.Add(text);
                        switch (top.Role, top.Property)
                        {
                            case (Role.Root, "title"):
                                scan.RootTitle = text;
                                break;
                            case (Role.Root, "name"):
                                scan.RootName = text;
                                break;
                            case (Role.FirstListChat, "title"):
                                scan.ListTitle = text;
                                break;
                            case (Role.FirstListChat, "name"):
                                scan.ListName = text;
                                break;
                            default:
                                break;
                        }
                    }

                    if (top.Role is Role.RootMessages or Role.ListMessages)
                    {
                        Element(default, top.Role == Role.RootMessages ? scan.RootMessages : scan.ListMessages, offset + reader.TokenStartIndex, scan.Mojibake);
                    }
                    else if (top.Role == Role.List)
                    {
                        scan.ListCount++;
                        frames[^1] = top with { Index = top.Index + 1 };
                    }

                    break;
            }

            if (frames.Count == 0)
            {
                state = reader.CurrentState;
                return ((int)reader.BytesConsumed, true);
            }
        }
    }

    /// <summary>Counts one element of a messages array; an object (a message) also tells the export's kind and its time.</summary>
    private static void Element(JsonElement message, ArrayStats stats, long at, MojibakeTally mojibake)
    {
        if (stats.Count % Checkpoint == 0)
        {
            stats.Checkpoints.Add(at);
        }

        stats.Count++;
        if (message.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        stats.Objects++;
        if (stats.Kind == 0)
        {
            stats.Kind = message.TryGetProperty("sender_name", out _) ? 1 : message.TryGetProperty("from", out _) || message.TryGetProperty("type", out _) ? 2 : -1;
        }

        foreach (var s in Strings(message))
        {
            mojibake.Add(s);
        }

        var time = MessengerTime(message);
        if (time > 0)
        {
            stats.LastTime = time;
            if (stats.FirstTime < 0)
            {
                stats.FirstTime = time;
            }
        }
    }

    /// <summary>Whether the whole text is one well-formed JSON value.</summary>
    public static bool IsJson(TextSource source, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = source.OpenUtf8();
            var buffer = new byte[65536];
            int start = 0, end = 0;
            long offset = 0;
            var final = false;
            var state = new JsonReaderState(Options);
            while (!final)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (buffer, start, end, offset) = Refill(stream, buffer, start, end, offset, ref final);
                start += Skim(buffer.AsSpan(start, end - start), final, ref state);
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int Skim(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (reader.Read())
        {
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    /// <summary>Up to <paramref name="count"/> values of an array, from a stream that starts inside it (after '[' or at a value).</summary>
    private static IEnumerable<JsonDocument> Elements(Stream stream, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[65536];
        int start = 0, end = 0;
        long offset = 0;
        var final = false;
        var batch = new List<JsonDocument>();
        while (count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!final)
            {
                (buffer, start, end, offset) = Refill(stream, buffer, start, end, offset, ref final);
            }

            var (used, ended) = Values(buffer.AsSpan(start, end - start), final, batch, count);
            start += used;
            count -= batch.Count;
            foreach (var document in batch)
            {
                yield return document;
            }

            if (ended || (final && batch.Count == 0))
            {
                yield break;
            }

            batch.Clear();
        }
    }

    /// <summary>Parses the whole values in <paramref name="data"/>, skipping the commas between them; stops at ']'.</summary>
    private static (int Used, bool Ended) Values(ReadOnlySpan<byte> data, bool final, List<JsonDocument> into, int max)
    {
        var p = 0;
        while (into.Count < max)
        {
            while (p < data.Length && data[p] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)',')
            {
                p++;
            }

            if (p >= data.Length)
            {
                return (p, final);
            }

            if (data[p] == (byte)']')
            {
                return (p, true);
            }

            var reader = new Utf8JsonReader(data[p..], final, new JsonReaderState(Options));
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                return (p, false);
            }

            into.Add(document);
            p += (int)reader.BytesConsumed;
        }

        return (p, false);
    }

    /// <summary>Telegram's <c>text</c>: a string, or an array of strings and entities such as {"type":"link","text":"..."}.</summary>
    private static string TelegramText(JsonElement text)
    {
        if (text.ValueKind == JsonValueKind.String)
        {
            return text.GetString()!;
        }

        if (text.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var part in text.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String)
            {
                builder.Append(part.GetString());
            }
            else if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                builder.Append(t.GetString());
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Facebook writes each UTF-8 byte as its own \u00XX character. Repair only when every string in the file fits that
    /// pattern; a file already in proper UTF-8 (with emoji or Bangla above U+00FF) is left alone.
    /// </summary>
    private sealed class MojibakeTally
    {
        private bool _broken;
        private bool _sawHigh;

        public bool Found => _sawHigh && !_broken;

        public void Add(string s)
        {
            if (_broken)
            {
                return;
            }

            var high = false;
            foreach (var c in s)
            {
                if (c > '\u00FF')
                {
                    _broken = true;
                    return;
                }

                high |= c >= '\u0080';
            }

            _sawHigh |= high;
            _broken |= high && Repair(s) == s;
        }
    }

    /// <summary>Latin-1 code points back to bytes, read as UTF-8; unchanged if the bytes are not valid UTF-8.</summary>
    internal static string Repair(string s)
    {
        if (!s.Any(c => c >= '\u0080') || s.Any(c => c > '\u00FF'))
        {
            return s;
        }

        try
        {
            return StrictUtf8.GetString(Encoding.Latin1.GetBytes(s));
        }
        catch (DecoderFallbackException)
        {
            return s;
        }
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var s in Strings(item))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var s in Strings(property.Value))
                    {
                        yield return s;
                    }
                }

                break;
            default:
                break;
        }
    }
}
