package main

import (
	"bufio"
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// scaleTarget is how much the provider's CPU per data source may grow from
// 100 data sources to the largest N: a plan of thousands costs per data
// source what a plan of a hundred does.
const scaleTarget = 1.2

// scaleGrowthTarget bounds what the provider's peak memory may grow by per
// data source past 100: a tenth of the 75 KB each data source kept while
// the framework held every request's context (see internal/callctx). What
// is left is the framework's entry per call (a closed cancelCtx and a
// released context, about 0.5 KB), the collector's headroom and what the
// plan itself needs.
const scaleGrowthTarget = 10 << 10

// scaleSample is one plan of the scale section, measured on the provider
// process alone.
type scaleSample struct {
	plan time.Duration
	cpu  time.Duration // user + system CPU of the provider process
	peak float64       // the provider's peak resident memory, MiB
}

// scalePlan runs terraform plan in dir against a provider the bench starts
// itself in debug mode (Terraform attaches through TF_REATTACH_PROVIDERS
// and leaves the process alone), then stops it with an interrupt and reads
// its CPU time and peak resident memory from the rusage of its exit: the
// cost of the provider process alone, not Terraform's.
func scalePlan(bin, dir, rc string, fake *fakespeech.Service) scaleSample {
	prov := exec.CommandContext(context.Background(), bin, "-debug")
	prov.Env = os.Environ()
	out, err := prov.StdoutPipe()
	must(err)
	prov.Stderr = nil
	must(prov.Start())
	reattach := ""
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "TF_REATTACH_PROVIDERS='"); ok {
			reattach = strings.TrimSuffix(v, "'")
			break
		}
	}
	if reattach == "" {
		_ = prov.Process.Kill()
		log.Fatalf("the provider in debug mode printed no reattach configuration: %v", sc.Err())
	}
	go func() { _, _ = bufio.NewReader(out).WriteTo(discard{}) }()

	cmd := exec.CommandContext(context.Background(), "terraform", "plan", "-input=false", "-lock=false", "-no-color")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1",
		"TF_VAR_ca="+string(fake.CAPEM()), "TF_REATTACH_PROVIDERS="+reattach)
	start := time.Now()
	b, err := cmd.CombinedOutput()
	plan := time.Since(start)
	if err != nil {
		_ = prov.Process.Kill()
		log.Fatalf("terraform plan: %v\n%s", err, b)
	}
	must(prov.Process.Signal(os.Interrupt))
	_ = prov.Wait()
	ru, ok := prov.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		log.Fatal("no rusage for the provider process")
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return scaleSample{plan: plan, cpu: cpu, peak: float64(ru.Maxrss) / 1024} // Maxrss is in KiB on Linux
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// scaleConfig is n data sources over five regions, without a key check or
// each with the key check of its region's key (five keys the fake knows).
func scaleConfig(n int, keyed bool, regions []speech.Region, keys []string) string {
	var b strings.Builder
	b.WriteString(header(""))
	for i := 0; i < n; i++ {
		j := i % len(regions)
		if keyed {
			fmt.Fprintf(&b, "data \"speechendpoints\" \"s%d\" {\n  region = %q\n  key_check {\n    key = %q\n  }\n}\n",
				i, regions[j].Name, keys[j])
		} else {
			fmt.Fprintf(&b, "data \"speechendpoints\" \"s%d\" {\n  region = %q\n}\n", i, regions[j].Name)
		}
	}
	return b.String()
}

// scaleRow is the median of each measure over the runs of one configuration.
type scaleRow struct {
	n     int
	keyed bool
	plan  time.Duration
	cpuDS time.Duration // provider CPU per data source
	peak  float64
}

// scale runs the scale section: N = 100, 1,000, 5,000 data sources, without
// and with key checks, runs plans each, the configurations taking turns so
// that the machine's drift falls on all alike. It prints the rows with their
// targets and returns whether CPU per data source stayed flat and memory
// grew by at most scaleGrowthTarget per data source.
func scale(work, bin, rc string, fake *fakespeech.Service, ns []int, runs int) (cpuOK, memOK bool, note string) {
	regions := speech.Regions(speech.Public)[:5]
	keys := regionKeys(fake, regions, 0x5ca1e000)
	type cfg struct {
		n     int
		keyed bool
		dir   string
		s     []scaleSample
	}
	var cfgs []*cfg
	for _, keyed := range []bool{false, true} {
		for _, n := range ns {
			dir, err := os.MkdirTemp(work, "scale")
			must(err)
			must(os.WriteFile(filepath.Join(dir, "main.tf"), []byte(scaleConfig(n, keyed, regions, keys)), 0o600))
			cfgs = append(cfgs, &cfg{n: n, keyed: keyed, dir: dir})
		}
	}
	for i := 0; i < runs; i++ {
		for _, c := range cfgs {
			s := scalePlan(bin, c.dir, rc, fake)
			c.s = append(c.s, s)
			fmt.Fprintf(os.Stderr,
				"scale: %d data sources, key checks %t: plan %s, provider CPU %s (%.2f ms per data source), peak %.0f MiB\n",
				c.n, c.keyed, ms(s.plan), ms(s.cpu), msF(s.cpu)/float64(c.n), s.peak)
		}
	}
	fmt.Println("\n| data sources (five regions) | key checks | plan | provider CPU per data source | target (CPU) " +
		"| provider peak memory | target (memory) |")
	fmt.Println("|---|---|---|---|---|---|---|")
	cpuOK, memOK = true, true
	var notes []string
	base := map[bool]scaleRow{}
	for _, c := range cfgs {
		var plans, cpus []time.Duration
		var peaks []float64
		for _, s := range c.s {
			plans = append(plans, s.plan)
			cpus = append(cpus, s.cpu/time.Duration(c.n))
			peaks = append(peaks, s.peak)
		}
		r := scaleRow{n: c.n, keyed: c.keyed, plan: median(plans), cpuDS: median(cpus), peak: medianF(peaks)}
		check := "none"
		if r.keyed {
			check = "one per region, against the fake"
		}
		b, ok := base[r.keyed]
		if !ok {
			base[r.keyed] = r
			fmt.Printf("| %d | %s | %s | %.2f ms | (the reference) | %.0f MiB | (the reference) |\n",
				r.n, check, ms(r.plan), msF(r.cpuDS), r.peak)
			continue
		}
		ratio := float64(r.cpuDS) / float64(b.cpuDS)
		growth := (r.peak - b.peak) * (1 << 20) / float64(r.n-b.n)
		cOK, mOK := ratio <= scaleTarget, growth <= scaleGrowthTarget
		cpuOK, memOK = cpuOK && cOK, memOK && mOK
		fmt.Printf("| %d | %s | %s | %.2f ms = %.2f × at %d | at most %.1f × %s "+
			"| %.0f MiB = %+.1f KiB per data source past %d | at most %+d KiB %s |\n",
			r.n, check, ms(r.plan), msF(r.cpuDS), ratio, b.n, scaleTarget, yes(cOK),
			r.peak, growth/1024, b.n, scaleGrowthTarget>>10, yes(mOK))
		if r.n == ns[len(ns)-1] {
			notes = append(notes, fmt.Sprintf("%s: %.2f ×, %+.1f KiB", check, ratio, growth/1024))
		}
	}
	return cpuOK, memOK, strings.Join(notes, "; ")
}

func msF(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func yes(ok bool) string {
	if ok {
		return "(met)"
	}
	return "(**not met**)"
}

func medianF(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}
