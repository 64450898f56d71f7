using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Sajag.Cli.Tests;

/// <summary>
/// `sajag check` reads every format as a stream: on an export of over 100 MB, generated here on the fly, its peak memory
/// stays within a fixed bound of what it takes on a tiny chat. Memory is the child process's peak working set (VmHWM, as
/// <see cref="Process.PeakWorkingSet64"/> reads it in the child at the end of the run), not allocations.
/// Every format is read whole (its participants found, its messages counted) and the run stops at the question "which
/// one is you?"; one WhatsApp export is also checked whole with --me. The messages are long (a few hundred bytes, most of
/// them media with a caption) so the test takes seconds, not minutes, of reading per format.
/// </summary>
public sealed class StreamingMemoryTests
{
    /// <summary>At least this large: the issue's 100 MB.</summary>
    private const long Large = 101L * 1024 * 1024;

    /// <summary>What a 100 MB export may take beyond a tiny one. Before streaming, a 23 MB export peaked at 894 MB.</summary>
    private const long FlatBound = 96L * 1024 * 1024;

    public static TheoryData<string> Formats => ["whatsapp-android", "whatsapp-ios", "whatsapp-zip", "plain", "messenger", "telegram"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task AnExportOver100MB_IsReadInTheMemoryOfATinyOne(string format)
    {
        var folder = Directory.CreateTempSubdirectory("sajag-stream-");
        try
        {
            var tiny = Generate(format, folder.FullName, "tiny", 64 * 1024);
            var large = Generate(format, folder.FullName, "large", Large);
            Assert.True(new FileInfo(large.Path).Length >= Large || format == "whatsapp-zip", $"{large.Path} is {new FileInfo(large.Path).Length} bytes");

            // No --me and no obvious contact: the whole chat is read, then the young person is asked who they are.
            var small = await RunAsync(tiny.Path, me: null);
            var big = await RunAsync(large.Path, me: null);

            foreach (var run in new[] { small, big })
            {
                Assert.Equal(2, run.Exit);
                Assert.Matches(@"Which participant are you\? Participants: (Rafi, Nabil|Nabil, Rafi)\.", run.Error);
            }

            Assert.True(big.Peak - small.Peak < FlatBound,
                $"{format}: {large.Messages:N0} messages peaked at {big.Peak / (1024 * 1024)} MB, a {tiny.Messages:N0}-message chat at {small.Peak / (1024 * 1024)} MB");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AWhatsAppExportOver100MB_IsCheckedWholeInTheMemoryOfATinyOne()
    {
        var folder = Directory.CreateTempSubdirectory("sajag-stream-");
        try
        {
            var tiny = Generate("whatsapp-android", folder.FullName, "tiny", 64 * 1024);
            var large = Generate("whatsapp-android", folder.FullName, "large", Large);

            var small = await RunAsync(tiny.Path, me: "Rafi");
            var big = await RunAsync(large.Path, me: "Rafi");

            Assert.Equal(tiny.Messages, Report(small).GetProperty("messages").GetInt32());
            var report = Report(big);
            Assert.Equal(large.Messages, report.GetProperty("messages").GetInt32());
            Assert.Equal("Rafi", report.GetProperty("me").GetString());
            Assert.True(big.Peak - small.Peak < FlatBound,
                $"{large.Messages:N0} messages peaked at {big.Peak / (1024 * 1024)} MB, a {tiny.Messages:N0}-message chat at {small.Peak / (1024 * 1024)} MB");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static JsonElement Report(Ran run)
    {
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}");
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }

    private sealed record Ran(int Exit, string Output, string Error, long Peak);

    /// <summary>Runs `sajag check FILE --json [--me NAME]` as its own process and reads what it wrote and its peak memory.</summary>
    private static async Task<Ran> RunAsync(string path, string? me)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "sajag.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in me is null ? new[] { cli, "check", path, "--json" } : [cli, "check", path, "--json", "--me", me])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SAJAG_REPORT_PEAK_MEMORY"] = "1";
        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        var output = await reading;
        await process.WaitForExitAsync();
        var peak = error.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("peak-working-set-bytes: ", StringComparison.Ordinal));
        return new Ran(process.ExitCode, output, error, long.Parse(peak["peak-working-set-bytes: ".Length..], CultureInfo.InvariantCulture));
    }

    private sealed record Generated(string Path, int Messages);

    private static readonly string[] Words =
    [
        "kal math test er syllabus ki?", "আজকে স্কুলে অনেক মজা হয়েছে", "ok 👍", "did you finish the bio assignment?", "haha thik ache",
        "কালকে কোচিং আছে, ৪টায়", "that last match was insane bro 🔥",
    ];

    // A long caption: the messages are a few hundred bytes, as a chat with photos and long messages has.
    private static readonly string Caption = " — " + string.Join(' ', Enumerable.Repeat("amra sobai mile school er field e chhobi tulechhi, ei chhobita dekho", 5));

    /// <summary>Writes an export of at least <paramref name="size"/> bytes straight to disk: two people, ordinary talk, some media.</summary>
    private static Generated Generate(string format, string folder, string name, long size)
    {
        var path = Path.Combine(folder, name + format switch { "messenger" or "telegram" => ".json", "whatsapp-zip" => ".zip", _ => ".txt" });
        using var file = new FileStream(path, FileMode.CreateNew);
        Stream target = file;
        ZipArchive? zip = null;
        if (format == "whatsapp-zip")
        {
            zip = new ZipArchive(file, ZipArchiveMode.Create);
            target = zip.CreateEntry("_chat.txt", CompressionLevel.Fastest).Open();
        }

        var writer = new StreamWriter(target, new UTF8Encoding(false), 1 << 16);
        var start = new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var count = 0;
        long written = 0;
        void Write(string s)
        {
            writer.Write(s);
            written += Encoding.UTF8.GetByteCount(s);
        }

        Write(format switch
        {
            "messenger" => "{\"participants\":[{\"name\":\"Rafi\"},{\"name\":\"Nabil\"}],\"messages\":[\n",
            "telegram" => "{\"name\":\"Nabil and Rafi\",\"type\":\"personal_chat\",\"id\":1,\"messages\":[\n",
            _ => "",
        });
        while (written < size)
        {
            var author = count % 2 == 0 ? "Rafi" : "Nabil";
            var media = count % 8 != 0;
            var text = media ? "<Media omitted>" + Caption : Words[count / 8 % Words.Length];
            var when = start.AddMinutes(count);
            Write(format switch
            {
                "whatsapp-android" or "whatsapp-zip" => $"{when.ToString("dd/MM/yyyy, HH:mm", CultureInfo.InvariantCulture)} - {author}: {text}\n",
                "whatsapp-ios" => $"[{when.ToString("dd/MM/yyyy, h:mm:ss tt", CultureInfo.InvariantCulture)}] {author}: {text}\n",
                "plain" => $"{author}: {text}\n",
                "messenger" => (count > 0 ? ",\n" : "") + $"{{\"sender_name\":\"{author}\",\"timestamp_ms\":{1_709_280_000_000 - (count * 60_000L)},\"content\":{JsonSerializer.Serialize(text)}}}",
                _ => (count > 0 ? ",\n" : "") + $"{{\"id\":{count},\"type\":\"message\",\"date\":\"{when.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)}\",\"from\":\"{author}\",\"text\":{JsonSerializer.Serialize(text)}}}",
            });
            count++;
        }

        Write(format is "messenger" ? "\n],\"title\":\"Nabil and Rafi\"}\n" : format is "telegram" ? "\n]}\n" : "");
        writer.Dispose();
        zip?.Dispose();
        return new Generated(path, count);
    }
}
