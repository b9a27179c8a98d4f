package speech

import (
	"math"
	"sort"
)

// place is where a region's datacenters are: its geography group and
// coordinates, as Azure Resource Manager's location list gives them
// (`az account list-locations`: metadata.geographyGroup, latitude,
// longitude; SourceLocations). They order suggestions by distance; they are
// never shown to users.
type place struct {
	geography string
	lat, lon  float64
}

// places of the Speech regions. Public regions: SourceLocations. The
// sovereign regions are not in the public cloud's list: their coordinates
// are those of the city each is documented in (Arizona, Virginia, Shanghai,
// Beijing, Hebei) and their geography group is derived (derived, not stated).
var places = map[string]place{
	"southafricanorth":   {"Africa", -25.73134, 28.21837},
	"eastasia":           {"Asia Pacific", 22.267, 114.188},
	"southeastasia":      {"Asia Pacific", 1.283, 103.833},
	"australiaeast":      {"Asia Pacific", -33.86, 151.2094},
	"centralindia":       {"Asia Pacific", 18.5822, 73.9197},
	"japaneast":          {"Asia Pacific", 35.68, 139.77},
	"japanwest":          {"Asia Pacific", 34.6939, 135.5022},
	"koreacentral":       {"Asia Pacific", 37.5665, 126.978},
	"canadacentral":      {"Canada", 43.653, -79.383},
	"canadaeast":         {"Canada", 46.817, -71.217},
	"northeurope":        {"Europe", 53.3478, -6.2597},
	"westeurope":         {"Europe", 52.3667, 4.9},
	"francecentral":      {"Europe", 46.3772, 2.373},
	"germanywestcentral": {"Europe", 50.110924, 8.682127},
	"italynorth":         {"Europe", 45.46888, 9.18109},
	"norwayeast":         {"Europe", 59.913868, 10.752245},
	"swedencentral":      {"Europe", 60.67488, 17.14127},
	"switzerlandnorth":   {"Europe", 47.451542, 8.564572},
	"switzerlandwest":    {"Europe", 46.204391, 6.143158},
	"uksouth":            {"Europe", 50.941, -0.799},
	"ukwest":             {"Europe", 53.427, -3.084},
	"uaenorth":           {"Middle East", 25.266666, 55.316666},
	"qatarcentral":       {"Middle East", 25.551462, 51.439327},
	"brazilsouth":        {"South America", -23.55, -46.633},
	"centralus":          {"US", 41.5908, -93.6208},
	"eastus":             {"US", 37.3719, -79.8164},
	"eastus2":            {"US", 36.6681, -78.3889},
	"northcentralus":     {"US", 41.8819, -87.6278},
	"southcentralus":     {"US", 29.4167, -98.5},
	"westcentralus":      {"US", 40.89, -110.234},
	"westus":             {"US", 37.783, -122.417},
	"westus2":            {"US", 47.233, -119.852},
	"westus3":            {"US", 33.448376, -112.074036},

	"usgovarizona":  {"US", 33.4484, -112.074},
	"usgovvirginia": {"US", 37.3719, -79.8164},
	"chinaeast2":    {"Asia Pacific", 31.2304, 121.4737},
	"chinanorth2":   {"Asia Pacific", 39.9042, 116.4074},
	"chinanorth3":   {"Asia Pacific", 38.0428, 114.5149},
}

// geography is the region's geography group ("Europe", "Asia Pacific").
func (r Region) geography() string { return places[r.Name].geography }

// distanceKm is the great-circle distance between two places.
func distanceKm(a, b place) float64 {
	const earth = 6371.0
	rad := math.Pi / 180
	dLat, dLon := (b.lat-a.lat)*rad, (b.lon-a.lon)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a.lat*rad)*math.Cos(b.lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earth * math.Asin(math.Sqrt(h))
}

// nearestRegions returns up to n Speech regions of a cloud nearest to a
// region: those of its geography group first, nearest first; regions of
// other groups only when the cloud has none in it.
func nearestRegions(to Region, cloud *Cloud, n int) []Region {
	from := places[to.Name]
	var same, other []Region
	for _, rg := range Regions(cloud) {
		if rg.Name == to.Name {
			continue
		}
		if rg.geography() == from.geography {
			same = append(same, rg)
		} else {
			other = append(other, rg)
		}
	}
	cands := same
	if len(cands) == 0 {
		cands = other
	}
	sort.SliceStable(cands, func(i, j int) bool {
		return distanceKm(from, places[cands[i].Name]) < distanceKm(from, places[cands[j].Name])
	})
	if len(cands) > n {
		cands = cands[:n]
	}
	return cands
}
