using System.Diagnostics;
using System.IO.Compression;
using Sajag.Tests.Fixtures;
using Sajag.Safety.Chats;
using Sajag.Safety.Check;

namespace Sajag.Cli.Tests;

/// <summary>
/// A bounded fuzz test (30 seconds, SAJAG_FUZZ_SECONDS to change it; SAJAG_FUZZ_SEED to replay): random mutations of the
/// real-looking exports in eval/conversations (bytes flipped, cut short, spliced, repeated, wrapped in a .zip) go through
/// the check's one pipeline. Each must end, within seconds, in a result, a reading error with a known code and a message,
/// or the participant question: never an exception. Some go through `sajag check` itself, which must exit 0 or 2.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly HashSet<string> Codes =
    [
        ChatErrors.Empty, ChatErrors.Binary, ChatErrors.Image, ChatErrors.Bijoy, ChatErrors.TooLarge, ChatErrors.ZipTooManyEntries,
        ChatErrors.ZipTooLarge, ChatErrors.ZipNoChat, ChatErrors.ZipSeveralChats, ChatErrors.ZipBroken, ChatErrors.JsonBroken,
        ChatErrors.JsonUnknown, ChatErrors.NoMessages,
    ];

    [Fact]
    public async Task MutatedExports_AreReadOrRefusedClearly_NeverThrowOrHang()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("SAJAG_FUZZ_SECONDS"), out var s) ? s : 30;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SAJAG_FUZZ_SEED"), out var given) ? given : Environment.TickCount;
        var random = new Random(seed);
        var seeds = Directory.EnumerateFiles(Path.Join(TestPack.RepositoryRoot(), "eval", "conversations"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.True(seeds.Count >= 100, $"only {seeds.Count} seed exports");

        var folder = Directory.CreateTempSubdirectory("sajag-fuzz-");
        var limits = ChatLimits.Default with { MaxBytes = 1024 * 1024, MaxChatTextBytes = 1024 * 1024 };

        // The first check builds the lexicons and word lists and compiles the readers: done once here, before the clock and
        // the 20 s each input gets, so a busy machine's slow start is not taken for a hang.
        await Task.Run(() => WarmUp(seeds, limits)).WaitAsync(TimeSpan.FromMinutes(5));
        var clock = Stopwatch.StartNew();
        int runs = 0, read = 0, refused = 0, asked = 0;
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
            {
                var input = Mutate(random, seeds);
                var name = random.Next(3) == 0 ? "WhatsApp Chat with Ghost.txt" : null;
                var me = random.Next(2) == 0 ? "Rafi" : null;
                var context = $"seed {seed}, input {runs} ({input.Length} bytes, first bytes {Convert.ToHexString(input.AsSpan(0, Math.Min(16, input.Length)))})";
                ChatCheck.Outcome outcome;
                try
                {
                    outcome = await Task.Run(() => ChatCheck.Run(input, name, me, limits)).WaitAsync(TimeSpan.FromSeconds(20));
                }
                catch (TimeoutException)
                {
                    File.WriteAllBytes(Path.Join(Path.GetTempPath(), $"sajag-fuzz-hang-{seed}-{runs}.bin"), input);
                    throw new Xunit.Sdk.XunitException($"No answer within 20 s: {context}");
                }
                catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                {
                    File.WriteAllBytes(Path.Join(Path.GetTempPath(), $"sajag-fuzz-crash-{seed}-{runs}.bin"), input);
                    throw new Xunit.Sdk.XunitException($"{ex.GetType().Name} on {context}: {ex}");
                }

                if (outcome.Result is not null)
                {
                    read++;
                }
                else if (outcome.ReadError is { } error)
                {
                    Assert.True(Codes.Contains(error.Code), $"unknown code {error.Code}: {context}");
                    Assert.False(string.IsNullOrWhiteSpace(error.Message), context);
                    refused++;
                }
                else
                {
                    Assert.NotNull(outcome.MeError);
                    asked++;
                }

                if (runs % 40 == 0)
                {
                    // The command line: exit 0 (read) or 2 (a clear refusal), never a stack trace.
                    var file = Path.Join(folder.FullName, $"input-{runs}" + (name is null ? ".txt" : ".json"));
                    File.WriteAllBytes(file, input);
                    var (exit, _, stderr) = Cli.Run(me is null ? ["check", file, "--json"] : ["check", file, "--json", "--me", me]);
                    Assert.True(exit is 0 or 2, $"exit {exit}: {stderr} ({context})");
                    Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
                    Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
                }

                runs++;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // The mutations reach all three ends, so the test would notice a reader that refuses everything or accepts anything.
        Assert.True(runs >= 100, $"only {runs} inputs in {seconds} s");
        Assert.True(read > 0 && refused > 0, $"read {read}, refused {refused}, asked {asked} of {runs} (seed {seed})");
    }

    /// <summary>One unmutated export of each kind (WhatsApp text, JSON, and a .zip) through the pipeline, which must read each.</summary>
    private static void WarmUp(List<byte[]> seeds, ChatLimits limits)
    {
        var text = seeds.First(b => b.Length > 0 && b[0] != (byte)'{' && b[0] != (byte)'[');
        var json = seeds.First(b => b.Length > 0 && b[0] == (byte)'{');
        foreach (var input in new[] { text, json, Zip(text, "_chat.txt") })
        {
            var outcome = ChatCheck.Run(input, null, null, limits);
            Assert.True(outcome.ReadError is null, $"warm-up export not read: {outcome.ReadError?.Code}");
        }
    }

    private static byte[] Mutate(Random random, List<byte[]> seeds)
    {
        var bytes = seeds[random.Next(seeds.Count)].ToList();
        var steps = random.Next(1, 5);
        for (var step = 0; step < steps && bytes.Count > 0; step++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0: // flip a few bytes
                    for (var k = 0; k < random.Next(1, 9); k++)
                    {
                        bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    }

                    break;
                case 1: // cut short
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2: // cut the start
                    bytes.RemoveRange(0, at);
                    break;
                case 3: // repeat a stretch
                    var length = Math.Min(bytes.Count - at, random.Next(1, 4096));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4: // splice in another export
                    var other = seeds[random.Next(seeds.Count)];
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 2048)));
                    break;
                case 5: // random bytes
                    var noise = new byte[random.Next(1, 256)];
                    random.NextBytes(noise);
                    bytes.InsertRange(at, noise);
                    break;
                case 6: // JSON and WhatsApp punctuation where it hurts
                    var marks = new[] { "{", "}", "[", "]", "\"", ",", ":", "\\u00", "\0", "\n", "\r", "[12/03/2024, 9:05:10 PM] ", "12/03/2024, 21:05 - ", "\u200E", "null" };
                    bytes.InsertRange(at, System.Text.Encoding.UTF8.GetBytes(marks[random.Next(marks.Length)]));
                    break;
                default: // delete a stretch
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 512)));
                    break;
            }
        }

        var result = bytes.ToArray();
        return random.Next(6) == 0 ? Zipped(result, random) : result;
    }

    private static byte[] Zip(byte[] content, string entryName)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(entryName).Open();
            entry.Write(content);
        }

        return memory.ToArray();
    }

    private static byte[] Zipped(byte[] content, Random random)
    {
        var bytes = Zip(content, random.Next(2) == 0 ? "_chat.txt" : "message_1.json");
        if (random.Next(2) == 0 && bytes.Length > 40)
        {
            // A damaged archive: a byte of its directory or data changed, or its end cut off.
            if (random.Next(2) == 0)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }
            else
            {
                bytes = bytes[..random.Next(4, bytes.Length)];
            }
        }

        return bytes;
    }
}
