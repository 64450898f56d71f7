using System.Text;
using System.Text.Json;

namespace Sajag.Safety.Chats;

/// <summary>Facebook Messenger / Instagram <c>message_1.json</c> and Telegram Desktop <c>result.json</c>.</summary>
internal static class JsonChatReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    // 31 Dec 9999: a larger (or null, or quoted) timestamp_ms is a damaged file, read as "time unknown".
    private const long MaxUnixMilliseconds = 253_402_300_799_999;

    public static ChatReadResult Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return ChatReadResult.Fail(ChatErrors.JsonBroken, $"The file looks like JSON but is broken ({ex.Message.Split('.')[0]}). Export the chat again.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Unknown();
            }

            if (root.TryGetProperty("chats", out var chats) && chats.ValueKind == JsonValueKind.Object && chats.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                if (list.GetArrayLength() != 1)
                {
                    return ChatReadResult.Fail(ChatErrors.JsonUnknown, $"This is a whole Telegram account export with {list.GetArrayLength()} chats. Export just the one chat you want to check (open it, then Export chat history, JSON).");
                }

                root = list[0];
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return Unknown();
                }
            }

            if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return Unknown();
            }

            var first = messages.EnumerateArray().FirstOrDefault(m => m.ValueKind == JsonValueKind.Object);
            if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("sender_name", out _))
            {
                return ChatReadResult.Ok(Messenger(root, messages));
            }

            if (first.ValueKind == JsonValueKind.Object && (first.TryGetProperty("from", out _) || first.TryGetProperty("type", out _)))
            {
                return ChatReadResult.Ok(Telegram(root, messages));
            }

            return messages.GetArrayLength() == 0
                ? ChatReadResult.Fail(ChatErrors.NoMessages, "The export has no messages in it.")
                : Unknown();
        }
    }

    private static ChatReadResult Unknown() =>
        ChatReadResult.Fail(ChatErrors.JsonUnknown, "This JSON file is not a chat export Sajag knows. Use Messenger or Instagram's message_1.json, or Telegram Desktop's result.json.");

    private static Chat Messenger(JsonElement root, JsonElement messages)
    {
        // Facebook writes each UTF-8 byte as its own \u00XX character. Repair only when every string in the file
        // fits that pattern; a file already in proper UTF-8 (with emoji or Bangla above U+00FF) is left alone.
        var repair = IsMojibake(root);
        string Fix(string s) => repair ? Repair(s) : s;

        var items = new List<(long Time, int Order, string? Author, string Text, MessageKind Kind)>();
        var order = 0;
        foreach (var m in messages.EnumerateArray())
        {
            if (m.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var author = m.TryGetProperty("sender_name", out var s) && s.ValueKind == JsonValueKind.String ? Fix(s.GetString()!) : null;
            var time = m.TryGetProperty("timestamp_ms", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var ms) && ms is > 0 and <= MaxUnixMilliseconds ? ms : 0;
            string text;
            MessageKind kind;
            if (m.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String)
            {
                text = Fix(c.GetString()!);
                kind = m.TryGetProperty("is_unsent", out var u) && u.ValueKind == JsonValueKind.True ? MessageKind.Deleted : MessageKind.Text;
            }
            else
            {
                text = m.TryGetProperty("photos", out _) ? "<photo>" : m.TryGetProperty("videos", out _) ? "<video>" : m.TryGetProperty("audio_files", out _) ? "<audio>" : "<attachment>";
                kind = MessageKind.Media;
            }

            items.Add((time, order--, author, text, kind));
        }

        // Messenger lists the newest first: put the oldest first (equal times keep the file's order, reversed).
        var sorted = items.OrderBy(i => i.Time).ThenBy(i => i.Order)
            .Select(i => (i.Author, i.Text, i.Time > 0 ? (DateTime?)DateTimeOffset.FromUnixTimeMilliseconds(i.Time).UtcDateTime : null, i.Kind));
        var title = root.TryGetProperty("title", out var tt) && tt.ValueKind == JsonValueKind.String ? Fix(tt.GetString()!) : null;
        return Chat.From("messenger", sorted, title);
    }

    private static Chat Telegram(JsonElement root, JsonElement messages)
    {
        var list = new List<(string?, string, DateTime?, MessageKind)>();
        foreach (var m in messages.EnumerateArray())
        {
            if (m.ValueKind != JsonValueKind.Object || (m.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "message"))
            {
                continue; // service messages: calls, pins, joins
            }

            var author = m.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : "Deleted Account";
            var text = m.TryGetProperty("text", out var t) ? TelegramText(t) : "";
            var media = m.TryGetProperty("photo", out _) || m.TryGetProperty("file", out _) || m.TryGetProperty("media_type", out _);
            var kind = media && text.Length == 0 ? MessageKind.Media : MessageKind.Text;
            if (kind == MessageKind.Media)
            {
                text = m.TryGetProperty("photo", out _) ? "<photo>" : "<attachment>";
            }

            DateTime? when = m.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String && DateTime.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) ? parsed : null;
            list.Add((author, text, when, kind));
        }

        var title = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return Chat.From("telegram", list, title);
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

    private static bool IsMojibake(JsonElement root)
    {
        var sawHigh = false;
        foreach (var s in Strings(root))
        {
            foreach (var c in s)
            {
                if (c > '\u00FF')
                {
                    return false;
                }

                sawHigh |= c >= '\u0080';
            }

            if (s.Any(c => c >= '\u0080') && Repair(s) == s)
            {
                return false;
            }
        }

        return sawHigh;
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
