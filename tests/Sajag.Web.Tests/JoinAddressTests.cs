using System.Net;
using System.Net.NetworkInformation;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Tests;

/// <summary>The address on the projector when the school laptop's facilitator opened the page at localhost.</summary>
public sealed class JoinAddressTests
{
    private static NetworkAddress At(string name, NetworkInterfaceType type, string ip, bool gateway = false) => new(name, type, IPAddress.Parse(ip), gateway);

    [Fact]
    public void Rank_PutsTheLaptopsWiFiBeforeContainerBridgesLoopbackAndLinkLocal()
    {
        var ranked = JoinAddress.Rank(
        [
            At("lo", NetworkInterfaceType.Loopback, "127.0.0.1"),
            At("docker0", NetworkInterfaceType.Ethernet, "172.17.0.1"),
            At("vEthernet (WSL)", NetworkInterfaceType.Ethernet, "172.29.112.1"),
            At("Ethernet", NetworkInterfaceType.Ethernet, "169.254.10.3"),
            At("Wi-Fi", NetworkInterfaceType.Wireless80211, "192.168.0.105", gateway: true),
            At("Wi-Fi", NetworkInterfaceType.Wireless80211, "fe80::1"),
        ]);

        Assert.Equal([IPAddress.Parse("192.168.0.105")], ranked);
    }

    [Fact]
    public void Rank_PrefersTheNetworkWithAGateway_ThenKeepsTheLaptopsOwnHotspot()
    {
        var ranked = JoinAddress.Rank(
        [
            At("Local Area Connection* 10", NetworkInterfaceType.Wireless80211, "192.168.137.1"),
            At("Wi-Fi", NetworkInterfaceType.Wireless80211, "10.20.30.40", gateway: true),
            At("eth0", NetworkInterfaceType.Ethernet, "203.0.113.9", gateway: true),
        ]);

        Assert.Equal(["10.20.30.40", "192.168.137.1", "203.0.113.9"], ranked.Select(a => a.ToString()));
    }

    [Fact]
    public void Rank_IsTheSameWhateverOrderTheInterfacesComeIn()
    {
        NetworkAddress[] addresses = [At("wlan0", NetworkInterfaceType.Wireless80211, "192.168.1.20"), At("eth0", NetworkInterfaceType.Ethernet, "192.168.2.20")];

        Assert.Equal(JoinAddress.Rank(addresses), JoinAddress.Rank(addresses.Reverse()));
        Assert.Equal("192.168.1.20", JoinAddress.Rank(addresses)[0].ToString());
    }

    public static TheoryData<string, string[], string> Bases => new()
    {
        // Opened at localhost on the laptop, listening everywhere: the LAN address, same port.
        { "localhost", ["http://*:5000"], "http://192.168.0.105:5000" },
        { "127.0.0.1", ["http://0.0.0.0:5000"], "http://192.168.0.105:5000" },
        { "localhost", ["http://[::]:5000"], "http://192.168.0.105:5000" },
        // Listening on loopback only: no phone can reach it, so nothing better to show.
        { "localhost", ["http://localhost:5000"], "http://localhost:5000" },
        // Listening on one named address: that one.
        { "localhost", ["http://10.0.0.7:5000"], "http://10.0.0.7:5000" },
        // Opened by a name or address others can use (behind nginx, or from another machine): kept.
        { "sajag.example.org", ["http://127.0.0.1:5001"], "http://sajag.example.org:5000" },
        { "192.168.0.105", ["http://*:5000"], "http://192.168.0.105:5000" },
    };

    [Theory]
    [MemberData(nameof(Bases))]
    public void BaseUrl_GivesPhonesAnAddressTheyCanReach(string requestHost, string[] listening, string expected) =>
        Assert.Equal(expected, JoinAddress.BaseUrl("http", requestHost, 5000, 5000, listening, [IPAddress.Parse("192.168.0.105")]));

    [Fact]
    public void BaseUrl_WithNoLanAddress_KeepsLocalhost() =>
        Assert.Equal("http://localhost:5000", JoinAddress.BaseUrl("http", "localhost", 5000, 5000, ["http://*:5000"], []));

    [Fact]
    public void BaseUrl_BehindAProxyOnTheDefaultPort_HasNoPort_NotTheInstancesOwn() =>
        Assert.Equal("https://sajag.example.org", JoinAddress.BaseUrl("https", "sajag.example.org", null, 5001, ["http://127.0.0.1:5001"], [IPAddress.Parse("192.168.0.105")]));

    [Theory]
    [InlineData("http://*:5000", "http://localhost:5000")]
    [InlineData("http://0.0.0.0:8080;http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://127.0.0.1:5001", "http://127.0.0.1:5001")]
    [InlineData(null, "http://localhost:5000")]
    public void OnThisMachine_TheSetupLinkOpensOnTheLaptop(string? urls, string expected) =>
        Assert.Equal(expected, JoinAddress.OnThisMachine(urls));
}
