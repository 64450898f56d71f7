using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Safety.Check;
using Sajag.Tests.Fixtures;

namespace Sajag.Web.Tests;

public sealed class CheckApiTests(SajagApp app) : IClassFixture<SajagApp>
{
    public static string Conversations => Path.GetFullPath(Path.Join(TestPack.RepositoryRoot(), "..", "shared", "eval", "conversations"));

    [Theory]
    [InlineData("004-late-night-video-call.txt", "Riya")]
    [InlineData("003-class-group-bullying.json", "Nabila Rahman")]
    [InlineData("055-self-harm-telegram.json", "Tasnuva")]
    public async Task Check_ReturnsTheSameJsonAsTheCommandLine(string file, string me)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Join(Conversations, file));
        using var client = app.CreateClient();
        using var content = new ByteArrayContent(bytes);

        using var response = await client.PostAsync($"/api/check?me={Uri.EscapeDataString(me)}", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var cli = JsonNode.Parse(CheckReport.From(ChatCheck.Run(bytes, file, me).Result!).ToJson());
        Assert.True(JsonNode.DeepEquals(cli, api), $"API: {api}\nCLI: {cli}");
    }

    [Fact]
    public async Task Check_TakesAMultipartFileAndMe()
    {
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Join(Conversations, "010-class-whatsapp-threat.txt")));
        form.Add(file, "file", "WhatsApp Chat with Class 8 Boys.txt");
        using var me = new StringContent("Rafi");
        form.Add(me, "me");

        var report = await (await client.PostAsync("/api/check", form)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("warning", report.GetProperty("level").GetString());
        Assert.Equal("Rafi", report.GetProperty("me").GetString());
    }

    public static TheoryData<byte[], string> Unreadable => new()
    {
        { [], "empty" },
        { [0x00, 0x13, 0xFE, 0x00, 0x01, 0x88, 0x00, 0x07, 0x41], "binary" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "image" },
        { "Rahim: Avwg †Zvgv‡K fvjevwm\nRahim: Zzwg wK GKv?"u8.ToArray(), "bijoy" },
        { "{\"hello\": 1}"u8.ToArray(), "json-unknown" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task UnreadableInput_IsA400ProblemWithItsCode(byte[] bytes, string code)
    {
        using var client = app.CreateClient();
        using var content = new ByteArrayContent(bytes);

        using var response = await client.PostAsync("/api/check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The chat could not be read.", problem.GetProperty("title").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Utf16WithBom_IsRead()
    {
        using var client = app.CreateClient();
        var text = "Stranger: tumi ki ekhon eka?\nMe: keno";
        using var content = new ByteArrayContent([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var report = await (await client.PostAsync("/api/check?me=Me", content)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("isolation-check", report.GetProperty("signs")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task AGroupWithoutMe_IsA422ListingTheParticipants()
    {
        using var client = app.CreateClient();
        using var content = new StringContent("Tuli: hi\nJannat: hey\nRidita: yo");

        using var response = await client.PostAsync("/api/check", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Tuli", "Jannat", "Ridita"], problem.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task AZipBomb_IsRefused()
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("_chat.txt", System.IO.Compression.CompressionLevel.SmallestSize).OpenAsync();
            await entry.WriteAsync(new byte[200 * 1024 * 1024]);
        }

        using var client = app.CreateClient();
        using var content = new ByteArrayContent(memory.ToArray());
        using var response = await client.PostAsync("/api/check", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("zip-too-large", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/check", "application/problem+json", "The chat is too large.")]
    [InlineData("/check?lang=bn", "text/html", "ফাইলটা অনেক বড়")]
    public async Task AOneGigabyteUpload_IsRefusedBeforeItIsSent(string path, string type, string says)
    {
        // Real Kestrel and a raw socket: announce 1 GB, send 1 KB, and the answer must come back without the rest.
        await using var kestrel = new SajagApp();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = new Uri(kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, address.Port);
        await using var stream = socket.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: {1024L * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(new byte[1024]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        var answer = await ReadAnswerAsync(stream, timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains(type, answer, StringComparison.Ordinal);
        Assert.Contains(says, answer, StringComparison.Ordinal);
    }

    private static async Task<string> ReadAnswerAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (!cancellationToken.IsCancellationRequested)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, cancellationToken);
            }
            catch (IOException)
            {
                break; // the server closed the connection after answering
            }

            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());
            if (text.Contains("\r\n\r\n", StringComparison.Ordinal) && (text.Contains("</html>", StringComparison.Ordinal) || text.TrimEnd().EndsWith('}')))
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    [Fact]
    public async Task ALargeUploadWithoutALength_IsStoppedAtTheLimit()
    {
        using var client = app.CreateClient();
        using var content = new EndlessContent(64L * 1024 * 1024, sayLength: false);

        using var response = await client.PostAsync("/api/check", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

/// <summary>A body of zeros that is made as it is sent, never held in memory.</summary>
internal sealed class EndlessContent(long length, bool sayLength = true) : HttpContent
{
    public long Sent { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        while (Sent < length)
        {
            await stream.WriteAsync(chunk);
            Sent += chunk.Length;
        }
    }

    protected override bool TryComputeLength(out long size)
    {
        size = length;
        return sayLength;
    }

    protected override void Dispose(bool disposing)
    {
        Headers.ContentType ??= new MediaTypeHeaderValue("application/octet-stream");
        base.Dispose(disposing);
    }
}
