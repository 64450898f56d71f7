using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Sajag.Web.Infrastructure;

/// <summary>One address of one network interface of this machine.</summary>
public sealed record NetworkAddress(string Interface, NetworkInterfaceType Type, IPAddress Address, bool HasGateway);

/// <summary>
/// The address students' phones use to join. A facilitator on the school laptop opens
/// http://localhost:5000, but a phone on the classroom's Wi-Fi or on the laptop's hotspot needs the
/// laptop's address on that network, so the projector's code and QR carry that one.
/// </summary>
public static class JoinAddress
{
    // Container bridges, virtual machines' networks and VPN tunnels: no phone in the room is on them.
    private static readonly string[] VirtualNames = ["docker", "veth", "br-", "virbr", "vmnet", "vboxnet", "virtualbox", "vethernet", "hyper-v", "wsl", "tailscale", "zt", "utun", "tun", "tap", "wg"];

    /// <summary>
    /// The IPv4 addresses a phone on the same network can reach, best first: private (home, school and
    /// hotspot) ranges, then the network with a gateway (the one the laptop itself is joined to), Wi-Fi
    /// before cable, then by interface name so the choice is stable from one start to the next.
    /// </summary>
    public static IReadOnlyList<IPAddress> Rank(IEnumerable<NetworkAddress> addresses) =>
        addresses
            .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork && a.Type != NetworkInterfaceType.Loopback
                && !IPAddress.IsLoopback(a.Address) && !IsLinkLocal(a.Address) && !IsVirtual(a.Interface))
            .OrderByDescending(a => IsPrivate(a.Address))
            .ThenByDescending(a => a.HasGateway)
            .ThenByDescending(a => a.Type == NetworkInterfaceType.Wireless80211)
            .ThenBy(a => a.Interface, StringComparer.Ordinal)
            .ThenBy(a => a.Address.ToString(), StringComparer.Ordinal)
            .Select(a => a.Address)
            .Distinct()
            .ToList();

    /// <summary>This machine's addresses, from the interfaces that are up.</summary>
    public static IReadOnlyList<NetworkAddress> OfThisMachine()
    {
        var found = new List<NetworkAddress>();
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus is not (OperationalStatus.Up or OperationalStatus.Unknown))
            {
                continue;
            }

            var properties = nic.GetIPProperties();
            var gateway = properties.GatewayAddresses.Any(g => !g.Address.Equals(IPAddress.Any) && !g.Address.Equals(IPAddress.IPv6Any));
            found.AddRange(properties.UnicastAddresses.Select(u => new NetworkAddress(nic.Name, nic.NetworkInterfaceType, u.Address, gateway)));
        }

        return found;
    }

    /// <summary>
    /// The scheme, host and port phones should use, for a page requested at <paramref name="requestScheme"/>://<paramref name="requestHost"/>:<paramref name="requestPort"/>
    /// (the Host header's port, none behind a proxy on the default port) that reached the app on its <paramref name="localPort"/>.
    /// A request that names this machine by a name or address others can use keeps it; one made to
    /// localhost is given the best LAN address, when the app listens beyond loopback.
    /// </summary>
    public static string BaseUrl(string requestScheme, string requestHost, int? requestPort, int localPort, IEnumerable<string> listening, IReadOnlyList<IPAddress> lan)
    {
        if (!IsLoopbackHost(requestHost))
        {
            return $"{requestScheme}://{Bracketed(requestHost)}{(requestPort is { } given ? $":{given}" : "")}";
        }

        var local = requestPort ?? localPort;
        var port = local is > 0 ? $":{local}" : "";

        var hosts = listening.Select(HostOf).ToList();
        var named = hosts.FirstOrDefault(h => h is not null && !IsWildcard(h) && !IsLoopbackHost(h));
        if (named is not null)
        {
            return $"{requestScheme}://{Bracketed(named)}{port}";
        }

        return hosts.Any(h => h is not null && IsWildcard(h)) && lan.Count > 0
            ? $"{requestScheme}://{lan[0]}{port}"
            : $"{requestScheme}://{Bracketed(requestHost)}{port}";
    }

    /// <summary>The first of the configured URLs, as a browser on this machine opens it (for the setup link).</summary>
    public static string OnThisMachine(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null || HostOf(first) is not { } host)
        {
            return "http://localhost:5000";
        }

        return IsWildcard(host) ? first.Replace($"://{Bracketed(host)}", "://localhost", StringComparison.Ordinal).TrimEnd('/') : first.TrimEnd('/');
    }

    private static string? HostOf(string url)
    {
        // Kestrel's wildcards (http://*:5000, http://+:5000) are not valid URIs: read the host by hand.
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rest = url[(start + 3)..];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? null : rest[1..close];
        }

        var end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }

    private static bool IsWildcard(string host) => host is "*" or "+" or "0.0.0.0" or "::";

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string Bracketed(string host) => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;

    private static bool IsPrivate(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168);
    }

    private static bool IsLinkLocal(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 169 && b[1] == 254;
    }

    private static bool IsVirtual(string name) =>
        VirtualNames.Any(v => name.StartsWith(v, StringComparison.OrdinalIgnoreCase) || (v.Length > 4 && name.Contains(v, StringComparison.OrdinalIgnoreCase)));
}
