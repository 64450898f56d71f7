using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sajag.Web.Tests;

public sealed class ApiTests(SajagApp app) : IClassFixture<SajagApp>
{
    [Fact]
    public async Task Pack_InBangla_ListsItsTopics()
    {
        using var client = app.CreateClient();

        var pack = await client.GetFromJsonAsync<JsonElement>("/api/packs/default?lang=bn");

        Assert.Equal("default", pack.GetProperty("id").GetString());
        Assert.Equal("bn", pack.GetProperty("language").GetString());
        Assert.Equal(8, pack.GetProperty("topics").GetArrayLength());
        Assert.Equal("what-abuse-looks-like", pack.GetProperty("topics")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/packs/nope", "Unknown content pack.")]
    [InlineData("/api/packs/default?lang=fr", "Unknown language.")]
    public async Task UnknownPackOrLanguage_IsA404ProblemDetails(string path, string title)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownApiRoute_IsA404ProblemDetailsNotAPage()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
