using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;
using Sajag.Data;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

[Authorize(Policy = LiveSetup.FacilitatorPolicy)]
public sealed class SessionModel(SajagDb db, IServer server, IOptions<LiveOptions> options, UiLanguage ui, PackCatalog catalog) : PageModel
{
    /// <summary>The facilitator's note of each card in the deck, by its place (null where a card has none); never filled for the projector.</summary>
    public IReadOnlyList<string?> Notes { get; private set; } = [];

    /// <summary>The facilitator's name for the session (staff pages only).</summary>
    public string Name { get; private set; } = "";

    public Sajag.Data.Entities.SessionMode Mode { get; private set; }

    /// <summary>The name was just saved.</summary>
    public bool Renamed { get; private set; }

    public Accounts.FormErrors Errors { get; } = new();

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public bool Projector { get; private set; }

    /// <summary>Where phones reach this app: the LAN address when the page was opened at localhost on the school laptop.</summary>
    public string JoinBase { get; private set; } = "";

    /// <summary>The laptop's other LAN addresses, for a room whose phones are on another of its networks.</summary>
    public IReadOnlyList<string> OtherBases { get; private set; } = [];

    public string JoinHost => $"{new Uri(JoinBase).Authority}/join";

    public string JoinUrl => $"{JoinBase}/join?code={Code}";

    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, string? view)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.FacilitatorId == me);
        if (session is null || view is not (null or "projector"))
        {
            return NotFound();
        }

        (Id, Code, Projector, Name, Mode) = (session.Id, session.Code, view == "projector", session.Name, session.Mode);
        Renamed = Request.Query.ContainsKey("renamed");
        // Notes are for the facilitator alone: the projector's page never carries them, not even hidden.
        Notes = Projector ? [] : session.Deck.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(cardId => catalog.Pack.Cards.FirstOrDefault(c => c.Id == cardId)?.FacilitatorNote?.In(ui.Code)).ToList();
        if (options.Value.PublicUrl is { Length: > 0 } configured)
        {
            JoinBase = configured.TrimEnd('/');
        }
        else
        {
            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lan = JoinAddress.Rank(JoinAddress.OfThisMachine());
            var (port, local) = (Request.Host.Port, HttpContext.Connection.LocalPort);
            JoinBase = JoinAddress.BaseUrl(Request.Scheme, Request.Host.Host, port, local, listening, lan);
            if (lan.Count > 0 && JoinBase.Contains(lan[0].ToString(), StringComparison.Ordinal))
            {
                OtherBases = lan.Skip(1).Select(a => JoinAddress.BaseUrl(Request.Scheme, "localhost", port, local, ["http://*"], [a])).ToList();
            }
        }

        QrDataUri = Qr(JoinUrl);
        return Page();
    }

    /// <summary>Renames the session; the name is staff-only and may be left empty.</summary>
    public async Task<IActionResult> OnPostNameAsync(Guid id, string? view, [FromForm] string? name, [FromServices] LiveMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var clean = SessionNames.Clean(name);
        if (clean.Length > SessionNames.MaxLength)
        {
            Errors.Add("Name", ui["live.create.name"]);
            return await OnGetAsync(id, view);
        }

        var changed = await db.LiveSessions.Where(s => s.Id == id && s.FacilitatorId == me).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, clean));
        // The live views work from the row kept in memory since the session's last change: this is one.
        memory.SessionChanged(id);
        return changed == 0 ? NotFound() : Redirect($"/facilitator/sessions/{id}?renamed=1&lang={ui.Code}");
    }

    private static string Qr(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
