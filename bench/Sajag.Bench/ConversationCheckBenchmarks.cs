using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sajag.Safety.Chats;
using Sajag.Safety.Check;

namespace Sajag.Bench;

/// <summary>Reading and checking a long WhatsApp export: 40,000 messages in English, Bangla and Banglish; figures per message.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ConversationCheckBenchmarks
{
    private byte[] _export = [];

    /// <summary>A generated export: two people over many days, ordinary talk with a few warning signs mixed in.</summary>
    public static byte[] Generate(int messages)
    {
        string[] ordinary =
        [
            "kal math test er syllabus ki?", "chapter 4 r 5, exercise 4.2 theke beshi ashbe", "আজকে স্কুলে অনেক মজা হয়েছে",
            "did you finish the bio assignment?", "ami ekhon porte boshbo, pore kotha boli", "<Media omitted>", "ok 👍",
            "কালকে কোচিং আছে, ৪টায়", "that last match was insane bro 🔥", "haha thik ache",
        ];
        string[] signs =
        [
            "tumi kon school e poro?", "tomar moto cute meye ami dekhi nai 😍", "kauke bolba na kintu", "send me a pic of you right now",
            "তুমি কি এখন বাসায় একা?", "ami tomake 600 UC gift kore dibo",
        ];
        var random = new Random(42);
        var start = new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Unspecified);
        var builder = new StringBuilder(messages * 60);
        for (var i = 0; i < messages; i++)
        {
            var when = start.AddMinutes(i * 7);
            var author = i % 2 == 0 ? "Rafi" : "Ghost Bhai PUBG";
            var text = i % 500 == 499 ? signs[random.Next(signs.Length)] : ordinary[random.Next(ordinary.Length)];
            builder.Append(when.ToString("dd/MM/yyyy, HH:mm", CultureInfo.InvariantCulture)).Append(" - ").Append(author).Append(": ").Append(text).Append('\n');
            if (i % 50 == 0)
            {
                builder.Append("and a second line of the same message\n");
            }
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private const int Messages = 40_000;

    private static readonly ChatLimits Limits = ChatLimits.Default with { MaxBytes = 100_000_000 };

    [GlobalSetup]
    public void Setup() => _export = Generate(Messages);

    /// <summary>Reading as the check reads: detect the format, one pass for participants, then every message streamed once. Per message.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public int Read()
    {
        var chat = ChatReader.Open(_export, "WhatsApp Chat with Ghost Bhai PUBG.txt", Limits).Chat!;
        var count = 0;
        foreach (var _ in chat.Messages())
        {
            count++;
        }

        return count;
    }

    /// <summary>The whole pipeline of `sajag check`, the API and the page (<see cref="ChatCheck"/>): read and check. Per message.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public int ReadAndCheck() => ChatCheck.Run(_export, "WhatsApp Chat with Ghost Bhai PUBG.txt", "Rafi", Limits).Result!.SignsFound;
}
