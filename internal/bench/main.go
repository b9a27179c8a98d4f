// Command bench measures what a plan with speechendpoints data sources
// costs, against the fake Speech service with a latency per call, and
// prints a Markdown table with the targets and whether each is met.
//
//	go run ./internal/bench -latency 100ms
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var (
	latency = flag.Duration("latency", 100*time.Millisecond, "the fake service's delay per call (one round trip)")
	runs    = flag.Int("runs", 5, "plans per configuration; the table shows the median")
	only    = flag.String("only", "",
		"run only these sections, comma-separated: plan, locate, memory, deadline, startup, scale")
	scaleN = flag.String("scale-n", "100,1000,5000",
		"the data source counts of the scale section; the first is the reference")
	scaleR = flag.Int("scale-runs", 3, "plans per configuration of the scale section; the table shows the median")
)

// section reports whether a section runs.
func section(name string) bool {
	return *only == "" || slices.Contains(strings.Split(*only, ","), name)
}

func main() {
	flag.Parse()
	log.SetFlags(0)
	fake, err := fakespeech.StartForProcess()
	if err != nil {
		log.Fatal(err)
	}
	defer func() { _ = fake.Close() }()
	fake.Latency = *latency

	work, err := os.MkdirTemp("", "speechendpoints-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer func() { _ = os.RemoveAll(work) }()
	plugins := filepath.Join(work, "plugins")
	bin := filepath.Join(plugins, "terraform-provider-speechendpoints")
	build := exec.CommandContext(context.Background(), "go", "build", "-trimpath", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		log.Fatalf("go build: %v\n%s", err, out)
	}
	rc := filepath.Join(work, "terraformrc")
	must(os.WriteFile(rc, []byte(fmt.Sprintf("provider_installation {\n  dev_overrides {\n    "+
		"\"speechendpoints/speechendpoints\" = %q\n  }\n  direct {}\n}\n", plugins)), 0o600))

	fmt.Printf("Machine: %s, %d cores, %s, %s; fake service latency %s per call; median of %d "+
		"plans.\n\n", cpuModel(), runtime.NumCPU(), runtime.Version(), tfVersion(), *latency, *runs)

	type verdict struct {
		name string
		ok   bool
		note string
	}
	var verdicts []verdict
	if section("plan") {
		// 1. Plan wall time.
		fmt.Println("| data sources | (a) no key check | (b) key check, one key and region | (c) key check, 10 " +
			"key/region pairs | (b) - (a) | upstream calls (b) | upstream calls (c) |")
		fmt.Println("|---|---|---|---|---|---|---|")
		regions := speech.Regions(speech.Public)[:10]
		keys := regionKeys(fake, regions, 0xbe0c000)
		callsOK, deltaOK := true, true
		worstDelta := time.Duration(0)
		for _, n := range []int{1, 10, 100} {
			// The three configurations take turns, so that drift in the
			// machine's load falls on all of them alike.
			pa := newPlanner(work, rc, config(n, "none", keys, regions), fake, nil)
			pb := newPlanner(work, rc, config(n, "one", keys, regions), fake, keys[:1])
			pc := newPlanner(work, rc, config(n, "ten", keys, regions), fake, keys)
			for i := 0; i < *runs; i++ {
				pa.run()
				pb.run()
				pc.run()
			}
			a, b, c := median(pa.times), median(pb.times), median(pc.times)
			cb, cc := pb.callsPerPlan(), pc.callsPerPlan()
			delta := median(diffs(pb.times, pa.times))
			worstDelta = max(worstDelta, delta)
			if cb > 2 {
				callsOK = false
			}
			if delta > *latency*12/10 {
				deltaOK = false
			}
			fmt.Printf(
				"| %d | %s | %s | %s | %s (%.2f RT) | %d | %d |\n",
				n,
				ms(a),
				ms(b),
				ms(c),
				ms(delta),
				float64(delta)/float64(*latency),
				cb,
				cc,
			)
		}
		verdicts = append(
			verdicts,
			verdict{"(b) makes at most 2 upstream calls at any N", callsOK, ""},
			verdict{
				"(b) - (a) at most one round trip + 20 %",
				deltaOK,
				fmt.Sprintf("worst %s = %.2f RT", ms(worstDelta), float64(worstDelta)/float64(*latency)),
			},
		)
	}

	if section("locate") {
		// 2. Locate over every region of every cloud.
		locateKey := fmt.Sprintf("%032x", 0x10ca7e)
		fake.Add(fakespeech.Resource{Key: locateKey, Cloud: "china", Region: "chinanorth3"})
		var lt []time.Duration
		for i := 0; i < *runs; i++ {
			cl, err := keycheck.NewClient(keycheck.Config{CACertPEM: string(fake.CAPEM())}, nil)
			must(err)
			region, cloud := "japanwest", "public"
			res, _ := speech.Resolve(speech.Input{Region: &region, Cloud: &cloud})
			start := time.Now()
			r := cl.Check(
				context.Background(),
				keycheck.Request{Key: locateKey, Resolution: res, Voices: true, Locate: true},
			)
			lt = append(lt, time.Since(start))
			if len(r.Located) != 1 || r.Located[0].Name != "chinanorth3" {
				log.Fatalf("locate found %v", r.Located)
			}
		}
		lm := median(lt)
		fmt.Printf("\nLocate (a rejected key: the token call with the voices list beside it, then %d other regions at "+
			"once): %s = %.2f round trips.\n",
			len(speech.Regions(nil))-1, ms(lm), float64(lm)/float64(*latency))
		verdicts = append(verdicts, verdict{"locate in at most 3 round " +
			"trips", float64(lm)/float64(*latency) <= 3, fmt.Sprintf("%.2f RT", float64(lm)/float64(*latency))})
	}

	// 3. Memory: data sources with distinct keys, in every fault mode that
	// sends large bodies, and real-size voices lists of unique names; the
	// peak resident memory of the provider.
	if section("memory") {
		fmt.Println(
			"\nPeak provider memory (VmHWM), data sources with distinct keys, each key check against an answer of:",
		)
		fmt.Println("\n| data sources | answer | peak | plan time |")
		fmt.Println("|---|---|---|---|")
		fake.Latency = 0
		memOK, worstMem := true, 0.0
		for _, f := range []struct {
			n      int
			name   string
			fault  fakespeech.Fault
			on     string
			unique int
		}{
			{200, "8 MiB refusals (token and voices)", fakespeech.FaultBigError, "", 0},
			{200, "8 MiB voices lists", fakespeech.FaultBigVoices, "voices", 0},
			{200, "voices lists that never end", fakespeech.FaultEndless, "voices", 0},
			{200, "4,096-voice lists of unique names, one per key (8.3 MB each)", "", "", 4096},
			{1000, "400-voice lists of unique names, one per key", "", "", 400},
		} {
			var ks []string
			for i := 0; i < f.n; i++ {
				k := fmt.Sprintf("%08x%024x", 0x3e3000+i, len(f.name))
				ks = append(ks, k)
				fake.Add(
					fakespeech.Resource{
						Key:          k,
						Cloud:        "public",
						Region:       "westeurope",
						Fault:        f.fault,
						FaultOn:      f.on,
						UniqueVoices: f.unique,
					},
				)
			}
			p := newPlanner(work, rc, distinctKeys(ks, "westeurope", ""), fake, nil)
			peak := p.runMeasured()
			worstMem = max(worstMem, peak)
			memOK = memOK && peak <= 150
			fmt.Printf("| %d | %s | %.0f MiB | %s |\n", f.n, f.name, peak, ms(p.times[0]))
		}
		verdicts = append(
			verdicts,
			verdict{"peak provider memory at most 150 MiB with distinct keys, every fault mode " +
				"and real-size lists", memOK, fmt.Sprintf("worst %.0f MiB", worstMem)},
		)
	}

	// 4. Deadlines: an endless 429, and a network that never answers.
	if section("deadline") {
		fmt.Println("\n| deadline case | plan time | target |")
		fmt.Println("|---|---|---|")
		throttled := fmt.Sprintf("%032x", 0x429429)
		fake.Add(
			fakespeech.Resource{Key: throttled, Cloud: "public", Region: "westus3", Fault: fakespeech.Fault429Long},
		)
		p := newPlanner(work, rc, distinctKeys([]string{throttled}, "westus3", ""), fake, nil)
		p.run()
		t429 := p.times[0]
		ok429 := t429 <= keycheck.DefaultCheckTimeout+2*time.Second
		fmt.Printf(
			"| 1 data source, 429 with Retry-After: 30 forever (check_timeout %s) | %s | at most %s |\n",
			keycheck.DefaultCheckTimeout, ms(t429),
			ms(keycheck.DefaultCheckTimeout+2*time.Second),
		)
		verdicts = append(
			verdicts,
			verdict{"one data source under an endless 429 ends within check_timeout + 2 s", ok429, ms(t429)},
		)
		for _, h := range []struct {
			n                       int
			checkTimeout, reqTimout time.Duration
		}{
			{100, 5 * time.Second, keycheck.DefaultTimeout},
			{50, keycheck.DefaultCheckTimeout, time.Minute},
		} {
			var hole []string
			for i := 0; i < h.n; i++ {
				hole = append(hole, fmt.Sprintf("%08x%024x", 0xb1ac0000+i, h.n))
			}
			fake.SetBlackhole(true)
			p = newPlanner(work, rc, distinctKeys(hole, "northeurope", fmt.Sprintf("  check_timeout   = %q\n  "+
				"request_timeout = %q\n", h.checkTimeout, h.reqTimout)), fake, nil)
			p.run()
			fake.SetBlackhole(false)
			tHole, bound := p.times[0], h.checkTimeout+10*time.Second
			fmt.Printf("| %d data sources, distinct keys, a proxy that accepts and never answers (check_timeout %s, "+
				"request_timeout %s) | %s | at most %s |\n",
				h.n, h.checkTimeout, h.reqTimout, ms(tHole), ms(bound))
			verdicts = append(verdicts, verdict{
				fmt.Sprintf("%d data sources against a black hole end within check_timeout + 10 s (check_timeout %s, "+
					"request_timeout %s)", h.n, h.checkTimeout, h.reqTimout),
				tHole <= bound, ms(tHole),
			})
		}
	}

	if section("startup") {
		// 5. The binary and its start-up.
		st, err := os.Stat(bin)
		must(err)
		ready, first := startup(bin, *runs)
		fmt.Printf("\nProvider binary: %.1f MiB (go build -trimpath). Start-up to the plugin handshake: %s; to the "+
			"first response (GetProviderSchema): %s (median of %d starts).\n",
			float64(st.Size())/(1<<20), ms(ready), ms(first), *runs)
	}

	// 6. Scale: the provider's CPU per data source and peak memory from 100
	// to 5,000 data sources.
	if section("scale") {
		var ns []int
		for _, f := range strings.Split(*scaleN, ",") {
			var n int
			_, err := fmt.Sscan(f, &n)
			must(err)
			ns = append(ns, n)
		}
		fmt.Printf("\nScale: provider CPU (user + system, from the rusage of the provider process alone, "+
			"served with -debug and attached through TF_REATTACH_PROVIDERS) per data source, "+
			"and its peak resident memory; median of %d plans.\n", *scaleR)
		fake.Latency = *latency
		cpuOK, memOK, note := scale(work, bin, rc, fake, ns, *scaleR)
		last := ns[len(ns)-1]
		verdicts = append(verdicts,
			verdict{fmt.Sprintf("provider CPU per data source at %d within %.1f × of %d, with and without key checks",
				last, scaleTarget, ns[0]), cpuOK, note},
			verdict{fmt.Sprintf("provider peak memory grows by at most %d KiB per data source from %d to %d",
				scaleGrowthTarget>>10, ns[0], last), memOK, ""})
	}

	fmt.Println("\n| target | met |")
	fmt.Println("|---|---|")
	for _, v := range verdicts {
		mark := "yes"
		if !v.ok {
			mark = "**no**"
		}
		if v.note != "" {
			mark += " (" + v.note + ")"
		}
		fmt.Printf("| %s | %s |\n", v.name, mark)
	}
}

// config is N data sources with no key check, one shared key and region,
// or ten key/region pairs.
func config(n int, mode string, keys []string, regions []speech.Region) string {
	var b strings.Builder
	b.WriteString(header(""))
	for i := 0; i < n; i++ {
		switch mode {
		case "none":
			fmt.Fprintf(&b, "data \"speechendpoints\" \"s%d\" {\n  region = %q\n}\n", i, regions[0].Name)
		case "one":
			fmt.Fprintf(&b, "data \"speechendpoints\" \"s%d\" {\n  region = %q\n  key_check {\n    key = %q\n  "+
				"}\n}\n", i, regions[0].Name, keys[0])
		case "ten":
			j := i % len(keys)
			fmt.Fprintf(&b, "data \"speechendpoints\" \"s%d\" {\n  region = %q\n  key_check {\n    key = %q\n  "+
				"}\n}\n", i, regions[j].Name, keys[j])
		}
	}
	return b.String()
}

// header is what every configuration starts with: the provider, trusting
// the fake service's CA, with extra provider settings.
func header(extra string) string {
	return "terraform {\n  required_providers {\n" +
		"    speechendpoints = { source = \"speechendpoints/speechendpoints\" }\n  }\n}\n" +
		"variable \"ca\" { type = string }\nprovider \"speechendpoints\" {\n  ca_cert_pem = var.ca\n" + extra + "}\n"
}

// distinctKeys is one data source per key, in one region, whose key check
// records its outcome without failing the plan (a bench measures, it does
// not judge).
func distinctKeys(keys []string, region, extra string) string {
	var b strings.Builder
	b.WriteString(header(extra))
	for i, k := range keys {
		fmt.Fprintf(
			&b,
			"data \"speechendpoints\" \"s%d\" {\n  region = %q\n  key_check {\n    key             = %q\n  "+
				"  on_failure      = \"none\"\n    on_inconclusive = \"none\"\n  }\n}\n",
			i,
			region,
			k,
		)
	}
	return b.String()
}

// planner runs terraform plan on one configuration and records the wall
// time of each plan and the upstream calls its keys made. Each plan is a new
// provider process, so its cache starts empty.
type planner struct {
	dir, rc string
	fake    *fakespeech.Service
	keys    []string
	times   []time.Duration
	plans   int
	total   int // upstream calls over all plans
}

func newPlanner(work, rc, cfg string, fake *fakespeech.Service, keys []string) *planner {
	dir, err := os.MkdirTemp(work, "plan")
	must(err)
	must(os.WriteFile(filepath.Join(dir, "main.tf"), []byte(cfg), 0o600))
	return &planner{dir: dir, rc: rc, fake: fake, keys: keys}
}

func (p *planner) calls() int {
	n := 0
	for _, k := range p.keys {
		n += p.fake.TokenCalls(k) + p.fake.VoicesCalls(k)
	}
	return n
}

// regionKeys gives the fake one key per region (seed, seed+1, ...) and
// returns the keys in the regions' order.
func regionKeys(fake *fakespeech.Service, regions []speech.Region, seed int) []string {
	keys := make([]string, 0, len(regions))
	for i, rg := range regions {
		k := fmt.Sprintf("%032x", seed+i)
		keys = append(keys, k)
		fake.Add(fakespeech.Resource{Key: k, Cloud: "public", Region: rg.Name})
	}
	return keys
}

func (p *planner) callsPerPlan() int { return p.total / p.plans }

// planCmd is the terraform plan of the planner's folder, against the fake.
func (p *planner) planCmd() *exec.Cmd {
	cmd := exec.CommandContext(context.Background(), "terraform", "plan", "-input=false", "-lock=false", "-no-color")
	cmd.Dir = p.dir
	cmd.Env = append(
		os.Environ(),
		"TF_CLI_CONFIG_FILE="+p.rc,
		"CHECKPOINT_DISABLE=1",
		"TF_IN_AUTOMATION=1",
		"TF_VAR_ca="+string(p.fake.CAPEM()),
	)
	return cmd
}

func (p *planner) run() {
	cmd := p.planCmd()
	before := p.calls()
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("terraform plan: %v\n%s", err, out)
	}
	p.times = append(p.times, time.Since(start))
	p.total += p.calls() - before
	p.plans++
}

// runMeasured runs one plan and returns the provider's peak resident
// memory in MiB: the VmHWM of the terraform-provider process Terraform
// starts, sampled until the plan ends (the high-water mark only grows).
func (p *planner) runMeasured() float64 {
	cmd := p.planCmd()
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	must(cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	peak := 0.0
	for {
		select {
		case err := <-done:
			if err != nil {
				log.Fatalf("terraform plan: %v\n%s", err, out.String())
			}
			p.times = append(p.times, time.Since(start))
			return peak
		case <-time.After(20 * time.Millisecond):
			peak = max(peak, providerHWM(cmd.Process.Pid))
		}
	}
}

// providerHWM is the peak resident memory (MiB) of the provider process
// whose parent is pid, or 0.
func providerHWM(pid int) float64 {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		stat, err := os.ReadFile(filepath.Join(d, "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...
		s := string(stat)
		open, closing := strings.Index(s, "("), strings.LastIndex(s, ")")
		if open < 0 || closing < open || !strings.HasPrefix(s[open+1:closing], "terraform-provi") {
			continue
		}
		fields := strings.Fields(s[closing+1:])
		if len(fields) < 2 || fields[1] != fmt.Sprint(pid) {
			continue
		}
		status, err := os.ReadFile(filepath.Join(d, "status"))
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(status), "\n") {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				var kb float64
				_, _ = fmt.Sscanf(strings.TrimSpace(v), "%f", &kb)
				return kb / 1024
			}
		}
	}
	return 0
}

// diffs pairs the i-th runs of two configurations, which ran side by side.
func diffs(b, a []time.Duration) []time.Duration {
	out := make([]time.Duration, len(a))
	for i := range a {
		out[i] = b[i] - a[i]
	}
	return out
}

// startup starts the provider as Terraform does and times the handshake
// line and the first gRPC answer.
func startup(bin string, runs int) (time.Duration, time.Duration) {
	var readyT, firstT []time.Duration
	for i := 0; i < runs; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, bin)
		cmd.Env = append(
			os.Environ(),
			"TF_PLUGIN_MAGIC_COOKIE=d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
			"PLUGIN_PROTOCOL_VERSIONS=6",
		)
		out, err := cmd.StdoutPipe()
		must(err)
		start := time.Now()
		must(cmd.Start())
		line, err := bufio.NewReader(out).ReadString('\n')
		must(err)
		readyT = append(readyT, time.Since(start))
		parts := strings.Split(strings.TrimSpace(line), "|")
		if len(parts) < 5 || parts[2] != "unix" {
			log.Fatalf("unexpected handshake %q", line)
		}
		conn, err := grpc.NewClient("unix://"+parts[3], grpc.WithTransportCredentials(insecure.NewCredentials()))
		must(err)
		var resp rawMessage
		err = conn.Invoke(
			ctx,
			"/tfplugin6.Provider/GetProviderSchema",
			&rawMessage{},
			&resp,
			grpc.ForceCodecV2(rawCodec{}),
		)
		must(err)
		firstT = append(firstT, time.Since(start))
		if len(resp.b) < 1000 {
			log.Fatalf("a %d-byte schema answer", len(resp.b))
		}
		_ = conn.Close()
		cancel()
		_ = cmd.Wait()
	}
	return median(readyT), median(firstT)
}

func median(ts []time.Duration) time.Duration {
	s := slices.Clone(ts)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) string { return fmt.Sprintf("%d ms", d.Milliseconds()) }

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func tfVersion() string {
	out, err := exec.CommandContext(context.Background(), "terraform", "version").Output()
	if err != nil {
		return "terraform ?"
	}
	first, _, _ := strings.Cut(string(out), "\n")
	return first
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
