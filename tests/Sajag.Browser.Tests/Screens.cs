using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

/// <summary>
/// Screenshots for people to look at: saved when SAJAG_SCREENSHOTS names a folder (docs/screenshots/
/// through ./docs/screenshots.sh), skipped otherwise so an ordinary test run writes nothing.
/// </summary>
internal static class Screens
{
    public static string? Folder => Environment.GetEnvironmentVariable("SAJAG_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    public static async Task SaveAsync(IPage page, string name, bool fullPage = false)
    {
        if (Folder is not { } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        if (fullPage)
        {
            // A whole page is drawn from the top: scrolled, the header that stays on screen would be drawn mid-page.
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Join(folder, name + ".png"), FullPage = fullPage });
    }
}
