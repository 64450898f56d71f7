using System.IO.Compression;
using System.Text;

namespace Sajag.Safety.Tests.Chats;

/// <summary>Builders for chat exports as real apps write them.</summary>
internal static class Samples
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    /// <summary>Facebook's encoding: every UTF-8 byte written as its own \u00XX character.</summary>
    public static string Mojibake(string text) => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => $"\\u{b:x4}"));

    public const string Android24 =
        "14/03/2024, 21:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n" +
        "14/03/2024, 21:05 - Sakib created group \"Class 8 🔥\"\n" +
        "14/03/2024, 21:06 - Sakib added you\n" +
        "14/03/2024, 21:07 - Sakib: kal math test?\n" +
        "14/03/2024, 21:08 - Rafi: chapter 4\n" +
        "and exercise 4.2\n" +
        "15/03/2024, 07:30 - Sakib: <Media omitted>\n" +
        "15/03/2024, 07:31 - Sakib: This message was deleted\n" +
        "15/03/2024, 07:32 - Nahian left\n";
}
